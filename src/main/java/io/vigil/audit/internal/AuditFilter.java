package io.vigil.audit.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reader narrows the trail to; blank values do not filter. Times are a half-open range:
 * {@code from} inclusive, {@code to} exclusive.
 */
public record AuditFilter(String entityType, String entityId, String actor, String action, Instant from,
        Instant to) {

    public AuditFilter {
        entityType = blankToNull(entityType);
        entityId = blankToNull(entityId);
        actor = blankToNull(actor);
        action = blankToNull(action) == null ? null : action.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    /** The filters in use, for the record an export leaves in the trail. */
    public Map<String, Object> describe() {
        Map<String, Object> used = new LinkedHashMap<>();
        put(used, "entityType", entityType);
        put(used, "entityId", entityId);
        put(used, "actor", actor);
        put(used, "action", action);
        put(used, "from", from);
        put(used, "to", to);
        return used;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value.toString());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
