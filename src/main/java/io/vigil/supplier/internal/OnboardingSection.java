package io.vigil.supplier.internal;

import io.vigil.shared.security.VisibleUnits;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The onboarding pipeline: open access cases per stage and kind, and how many were decided. */
@Component
class OnboardingSection implements DashboardSection {

    /**
     * @param openByStage stage → {STANDARD, EXPRESS} → open cases waiting in it
     * @param decided     APPROVED / REJECTED → cases
     */
    public record Pipeline(long open, long openExpress, Map<String, Map<String, Long>> openByStage,
            Map<String, Long> decided) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    OnboardingSection(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public String key() {
        return "onboarding";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "supplier/dashboard/onboarding";
    }

    @Override
    public Pipeline data(VisibleUnits units, LocalDate today) {
        Map<String, Map<String, Long>> byStage = new LinkedHashMap<>();
        for (AccessStages.Stage stage : AccessStages.Stage.values()) {
            Map<String, Long> kinds = new LinkedHashMap<>();
            for (AccessStages.Kind kind : AccessStages.Kind.values()) {
                kinds.put(kind.name(), 0L);
            }
            byStage.put(stage.name(), kinds);
        }
        Map<String, Long> decided = new LinkedHashMap<>();
        decided.put("APPROVED", 0L);
        decided.put("REJECTED", 0L);
        long[] open = {0, 0};
        MapSqlParameterSource params = new MapSqlParameterSource("units", units.forQuery());
        jdbc.query("SELECT c.state, c.stage, c.kind, COUNT(*) AS n FROM supplier_access_case c JOIN supplier s "
                + "ON s.id = c.supplier_id WHERE s.org_unit_id IN (:units) GROUP BY c.state, c.stage, c.kind", params,
                rs -> {
                    long n = rs.getLong("n");
                    String state = rs.getString("state");
                    if ("OPEN".equals(state)) {
                        byStage.computeIfAbsent(rs.getString("stage"), k -> new LinkedHashMap<>())
                                .merge(rs.getString("kind"), n, Long::sum);
                        open[0] += n;
                        if ("EXPRESS".equals(rs.getString("kind"))) {
                            open[1] += n;
                        }
                    } else {
                        decided.merge(state, n, Long::sum);
                    }
                });
        return new Pipeline(open[0], open[1], byStage, decided);
    }
}
