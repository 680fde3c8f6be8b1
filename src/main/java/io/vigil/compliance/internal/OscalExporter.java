package io.vigil.compliance.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes a framework as an OSCAL 1.1 catalog: non-assessable nodes become groups, assessable ones
 * controls (nested as enhancements). OSCAL ids must be tokens, so a ref such as {@code 8.1.4} is
 * written as id {@code r-8.1.4} with the original ref kept in the {@code label} property.
 */
public final class OscalExporter {

    private static final Pattern TOKEN = Pattern.compile("^[\\p{L}_][\\p{L}\\p{N}._-]*$");

    private OscalExporter() {
    }

    public static Map<String, Object> catalog(Framework f, List<RequirementRow> rows, java.time.Instant now) {
        Map<UUID, Map<String, Object>> nodes = new HashMap<>();
        List<Object> topGroups = new ArrayList<>();
        List<Object> topControls = new ArrayList<>();
        for (RequirementRow r : rows) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", token(r.ref()));
            node.put("title", r.title());
            List<Object> props = new ArrayList<>();
            props.add(Map.of("name", "label", "value", r.ref()));
            if (r.withdrawn()) {
                props.add(Map.of("name", "status", "value", "withdrawn"));
            }
            node.put("props", props);
            nodes.put(r.id(), node);
            boolean control = r.assessable() || r.withdrawn();
            Map<String, Object> parent = r.parentId() == null ? null : nodes.get(r.parentId());
            if (parent == null) {
                (control ? topControls : topGroups).add(node);
            } else {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) parent.computeIfAbsent(control ? "controls" : "groups",
                        k -> new ArrayList<>());
                list.add(node);
            }
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("title", f.title());
        metadata.put("last-modified", now.toString());
        metadata.put("version", f.frameworkVersion());
        metadata.put("oscal-version", "1.1.2");
        Map<String, Object> catalog = new LinkedHashMap<>();
        catalog.put("uuid", f.oscalUuid() != null ? f.oscalUuid() : UUID.nameUUIDFromBytes(f.code().getBytes()).toString());
        catalog.put("metadata", metadata);
        if (!topGroups.isEmpty()) {
            catalog.put("groups", topGroups);
        }
        if (!topControls.isEmpty()) {
            catalog.put("controls", topControls);
        }
        return Map.of("catalog", catalog);
    }

    static String token(String ref) {
        String s = ref.replaceAll("[^\\p{L}\\p{N}._-]", "-");
        return TOKEN.matcher(s).matches() ? s.toLowerCase(Locale.ROOT) : "r-" + s.toLowerCase(Locale.ROOT);
    }
}
