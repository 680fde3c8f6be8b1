package io.vigil.compliance.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Relations between requirements of different frameworks; read in both directions. */
@Component
public class MappingStore {

    public enum Relation { EQUAL, SUBSET, INTERSECTS }

    public record Mapping(UUID sourceId, UUID targetId, Relation relation) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    MappingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Adds the mapping unless it exists; true when added. */
    public boolean add(UUID sourceId, UUID targetId, Relation relation) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM cmp_mapping WHERE (source_requirement_id = ? AND "
                + "target_requirement_id = ?) OR (source_requirement_id = ? AND target_requirement_id = ?)",
                Integer.class, sourceId, targetId, targetId, sourceId);
        if (n != null && n > 0) {
            return false;
        }
        jdbc.update("INSERT INTO cmp_mapping (id, source_requirement_id, target_requirement_id, relation) "
                + "VALUES (?, ?, ?, ?)", UUID.randomUUID(), sourceId, targetId, relation.name());
        return true;
    }

    /** Every mapping touching one of {@code requirementIds}, on either side. */
    public List<Mapping> touching(Collection<UUID> requirementIds) {
        if (requirementIds.isEmpty()) {
            return List.of();
        }
        List<Mapping> out = new ArrayList<>();
        MapSqlParameterSource p = new MapSqlParameterSource("ids", requirementIds);
        named.query("SELECT source_requirement_id, target_requirement_id, relation FROM cmp_mapping "
                + "WHERE source_requirement_id IN (:ids) OR target_requirement_id IN (:ids)", p, rs -> {
                    out.add(new Mapping(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            Relation.valueOf(rs.getString(3))));
                });
        return out;
    }

    public int count() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM cmp_mapping", Integer.class);
        return n == null ? 0 : n;
    }
}
