package io.vigil.compliance.internal;

import io.vigil.compliance.Freshness;
import io.vigil.compliance.TestResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which controls count towards which requirements of a framework — linked directly or through a
 * mapping in either direction — and what their latest test and evidence say. A fixed number of
 * queries per framework, whatever its size: this is what keeps a 1,000-requirement assessment fast.
 */
@Component
public class ControlCoverage {

    /** A control as an assessment sees it. */
    public record ControlState(UUID id, String code, UUID orgUnitId, TestResult lastResult, LocalDate lastTestedOn,
            Freshness evidence) {

        public boolean flagged() {
            return lastResult == TestResult.INEFFECTIVE || evidence == Freshness.STALE;
        }
    }

    /** Per requirement of the framework, the controls that count towards it. */
    public record Coverage(Map<UUID, List<ControlState>> byRequirement) {

        public List<ControlState> of(UUID requirementId) {
            return byRequirement.getOrDefault(requirementId, List.of());
        }
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    ControlCoverage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    public Coverage of(UUID frameworkId, Set<UUID> units, LocalDate today) {
        // requirement of this framework -> mapped requirements of other frameworks
        Map<UUID, Set<UUID>> related = new HashMap<>();
        jdbc.query("SELECT m.source_requirement_id, m.target_requirement_id FROM cmp_mapping m "
                + "JOIN cmp_requirement r ON r.id = m.source_requirement_id WHERE r.framework_id = ?",
                rs -> { related.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                        .add(rs.getObject(2, UUID.class)); }, frameworkId);
        jdbc.query("SELECT m.target_requirement_id, m.source_requirement_id FROM cmp_mapping m "
                + "JOIN cmp_requirement r ON r.id = m.target_requirement_id WHERE r.framework_id = ?",
                rs -> { related.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                        .add(rs.getObject(2, UUID.class)); }, frameworkId);

        // control links on this framework's requirements and on their mapped counterparts
        Map<UUID, Set<UUID>> controlsByRequirement = new HashMap<>();
        Map<UUID, ControlState> controls = new HashMap<>();
        jdbc.query("SELECT cr.requirement_id, c.id, c.code, c.org_unit_id FROM cmp_control_requirement cr "
                + "JOIN cmp_control c ON c.id = cr.control_id WHERE cr.requirement_id IN "
                + "(SELECT id FROM cmp_requirement WHERE framework_id = ?) OR cr.requirement_id IN "
                + "(SELECT m.target_requirement_id FROM cmp_mapping m JOIN cmp_requirement r "
                + "ON r.id = m.source_requirement_id WHERE r.framework_id = ?) OR cr.requirement_id IN "
                + "(SELECT m.source_requirement_id FROM cmp_mapping m JOIN cmp_requirement r "
                + "ON r.id = m.target_requirement_id WHERE r.framework_id = ?)", rs -> {
                    UUID unit = rs.getObject(4, UUID.class);
                    if (!units.contains(unit)) {
                        return;
                    }
                    UUID control = rs.getObject(2, UUID.class);
                    controlsByRequirement.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>()).add(control);
                    controls.putIfAbsent(control, new ControlState(control, rs.getString(3), unit, null, null, null));
                }, frameworkId, frameworkId, frameworkId);
        if (!controls.isEmpty()) {
            enrich(controls, today);
        }

        Map<UUID, List<ControlState>> out = new HashMap<>();
        Set<UUID> own = new HashSet<>(controlsByRequirement.keySet());
        own.addAll(related.keySet());
        for (UUID requirement : own) {
            Set<UUID> ids = new HashSet<>(controlsByRequirement.getOrDefault(requirement, Set.of()));
            for (UUID other : related.getOrDefault(requirement, Set.of())) {
                ids.addAll(controlsByRequirement.getOrDefault(other, Set.of()));
            }
            if (!ids.isEmpty()) {
                List<ControlState> states = new ArrayList<>();
                ids.forEach(id -> states.add(controls.get(id)));
                states.sort(java.util.Comparator.comparing(ControlState::code));
                out.put(requirement, states);
            }
        }
        return new Coverage(out);
    }

    private void enrich(Map<UUID, ControlState> controls, LocalDate today) {
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", controls.keySet());
        Map<UUID, Object[]> latest = new HashMap<>();
        named.query("SELECT control_id, result, tested_on FROM cmp_control_test WHERE control_id IN (:ids) "
                + "ORDER BY control_id, tested_on DESC, created_at DESC", ids, rs -> {
                    latest.putIfAbsent(rs.getObject(1, UUID.class),
                            new Object[] {TestResult.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class)});
                });
        Map<UUID, Freshness> freshness = new HashMap<>();
        named.query("SELECT control_id, valid_until FROM cmp_evidence WHERE control_id IN (:ids)", ids, rs -> {
            Freshness f = Freshness.of(rs.getObject(2, LocalDate.class), today);
            freshness.merge(rs.getObject(1, UUID.class), f, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        });
        controls.replaceAll((id, c) -> {
            Object[] t = latest.get(id);
            return new ControlState(id, c.code(), c.orgUnitId(), t == null ? null : (TestResult) t[0],
                    t == null ? null : (LocalDate) t[1], freshness.get(id));
        });
    }
}
