package io.vigil.shared.security;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * The org units whose records a user may see for one permission. Queries take {@link #ids()} as an
 * {@code IN} list; an empty set means the user sees nothing (never "everything").
 */
public record VisibleUnits(Set<UUID> ids) {

    public VisibleUnits {
        ids = Set.copyOf(ids);
    }

    public static VisibleUnits none() {
        return new VisibleUnits(Set.of());
    }

    public boolean contains(UUID unitId) {
        return unitId != null && ids.contains(unitId);
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    /** A non-empty collection for JPQL {@code IN} clauses, which reject empty lists on some databases. */
    public Collection<UUID> forQuery() {
        return ids.isEmpty() ? Set.of(new UUID(0, 0)) : ids;
    }
}
