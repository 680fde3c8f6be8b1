package io.vigil.compliance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Requirement trees are written and read in bulk (a catalog has over a thousand rows), so this uses
 * plain JDBC batches rather than one entity per row.
 */
@Component
public class RequirementStore {

    private static final String COLUMNS =
            "id, framework_id, parent_id, ref, title, title_zh, assessable, withdrawn, depth, sort_order";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    RequirementStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * Makes the stored tree equal to {@code roots}: rows keep their id by ref (so mappings, control
     * links and assessment entries survive an upgrade), new refs are inserted and refs that are no
     * longer in the tree are removed together with what hangs on them.
     */
    public int replaceTree(UUID frameworkId, List<RequirementNode> roots) {
        Map<String, UUID> existing = new HashMap<>();
        jdbc.query("SELECT ref, id FROM cmp_requirement WHERE framework_id = ?",
                rs -> { existing.put(rs.getString(1), rs.getObject(2, UUID.class)); }, frameworkId);
        List<RequirementRow> rows = new ArrayList<>();
        flatten(frameworkId, roots, null, 0, rows, existing);
        Set<String> refs = new HashSet<>();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (RequirementRow r : rows) {
            if (!refs.add(r.ref())) {
                throw new IllegalArgumentException("duplicate requirement id " + r.ref());
            }
            Object[] values = {r.parentId(), r.title(), r.titleZh(), r.assessable(), r.withdrawn(), r.depth(),
                    r.sortOrder(), r.id()};
            if (existing.containsKey(r.ref())) {
                updates.add(values);
            } else {
                inserts.add(new Object[] {r.id(), frameworkId, r.parentId(), r.ref(), r.title(), r.titleZh(),
                        r.assessable(), r.withdrawn(), r.depth(), r.sortOrder()});
            }
        }
        List<Object[]> deletes = existing.entrySet().stream().filter(e -> !refs.contains(e.getKey()))
                .map(e -> new Object[] {e.getValue()}).toList();
        jdbc.batchUpdate("DELETE FROM cmp_requirement WHERE id = ?", deletes);
        jdbc.batchUpdate("UPDATE cmp_requirement SET parent_id = ?, title = ?, title_zh = ?, assessable = ?, "
                + "withdrawn = ?, depth = ?, sort_order = ? WHERE id = ?", updates);
        jdbc.batchUpdate("INSERT INTO cmp_requirement (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                inserts);
        return (int) rows.stream().filter(RequirementRow::assessable).count();
    }

    private static void flatten(UUID frameworkId, List<RequirementNode> nodes, UUID parentId, int depth,
            List<RequirementRow> out, Map<String, UUID> existing) {
        for (RequirementNode n : nodes) {
            UUID id = existing.getOrDefault(n.ref(), UUID.randomUUID());
            out.add(new RequirementRow(id, frameworkId, parentId, n.ref(), truncate(n.title(), 500),
                    truncate(n.titleZh(), 500), n.assessable(), n.withdrawn(), depth, out.size()));
            flatten(frameworkId, n.children(), id, depth + 1, out, existing);
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public List<RequirementRow> tree(UUID frameworkId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM cmp_requirement WHERE framework_id = ? ORDER BY sort_order",
                RequirementStore::row, frameworkId);
    }

    public Optional<RequirementRow> byRef(String frameworkCode, String ref) {
        return jdbc.query("SELECT r.id, r.framework_id, r.parent_id, r.ref, r.title, r.title_zh, r.assessable, "
                + "r.withdrawn, r.depth, r.sort_order FROM cmp_requirement r JOIN cmp_framework f "
                + "ON f.id = r.framework_id WHERE f.code = ? AND r.ref = ?", RequirementStore::row,
                frameworkCode, ref).stream().findFirst();
    }

    public List<RequirementRow> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return named.query("SELECT " + COLUMNS + " FROM cmp_requirement WHERE id IN (:ids)",
                new MapSqlParameterSource("ids", ids), (rs, n) -> row(rs, n));
    }

    static RequirementRow row(ResultSet rs, int n) throws SQLException {
        return new RequirementRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7),
                rs.getBoolean(8), rs.getInt(9), rs.getInt(10));
    }
}
