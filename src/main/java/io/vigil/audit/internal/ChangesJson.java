package io.vigil.audit.internal;

import io.vigil.audit.AuditEntry.Change;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical JSON of an event's changes: {@code {"after":{...},"before":{...}}} with every map's
 * keys sorted. A mapper of our own, so that tuning the application's JSON output never changes what
 * the chain hashes.
 */
final class ChangesJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();
    private static final TypeReference<Map<String, Map<String, Object>>> SHAPE = new TypeReference<>() {
    };

    private ChangesJson() {
    }

    static String write(Map<String, Object> before, Map<String, Object> after) {
        try {
            return JSON.writeValueAsString(document(before, after, false));
        } catch (JacksonException unserializable) {
            // a value Jackson cannot write still gets recorded, as its text
            return JSON.writeValueAsString(document(before, after, true));
        }
    }

    /** Field name to before/after, for every field present on either side. */
    static Map<String, Change> read(String json) {
        Map<String, Map<String, Object>> document = JSON.readValue(json, SHAPE);
        Map<String, Object> before = document.getOrDefault("before", Map.of());
        Map<String, Object> after = document.getOrDefault("after", Map.of());
        TreeSet<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        Map<String, Change> changes = new LinkedHashMap<>();
        fields.forEach(field -> changes.put(field, new Change(before.get(field), after.get(field))));
        return changes;
    }

    private static Map<String, Object> document(Map<String, Object> before, Map<String, Object> after,
            boolean asText) {
        Map<String, Object> document = new TreeMap<>();
        document.put("after", sorted(after, asText));
        document.put("before", sorted(before, asText));
        return document;
    }

    private static Map<String, Object> sorted(Map<String, Object> values, boolean asText) {
        Map<String, Object> sorted = new TreeMap<>();
        values.forEach((key, value) -> sorted.put(String.valueOf(key),
                asText && value != null ? String.valueOf(value) : value));
        return sorted;
    }
}
