package io.vigil.shared.security;

import java.util.UUID;

/**
 * Central data segregation: every module filters its queries with the units returned here, so a
 * user of unit A cannot reach unit B's records by list, id, search or export.
 */
public interface DataScope {

    /** Units in which the current principal holds {@code permission} (with descendants where granted). */
    VisibleUnits visibleUnits(String permission);

    default boolean canAccess(String permission, UUID orgUnitId) {
        return visibleUnits(permission).contains(orgUnitId);
    }

    /** Throws {@link RecordNotFoundException} when the unit is not visible, so existence is not leaked. */
    default void requireAccess(String permission, UUID orgUnitId, String entityType, Object id) {
        if (!canAccess(permission, orgUnitId)) {
            throw new RecordNotFoundException(entityType, id);
        }
    }
}
