package io.vigil.supplier.internal;

import io.vigil.shared.security.VisibleUnits;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How the visible suppliers scored in their latest completed performance and ESG review: the
 * distribution of grades (A–D) and of scores in ten-point bands, from the immutable snapshots.
 */
@Component
class ReviewScoresSection implements DashboardSection {

    /** The latest snapshot of each visible supplier (one row per supplier). */
    private static final String LATEST = "SELECT rs.supplier_id, rs.score, rs.grade FROM supplier_review_snapshot rs"
            + " JOIN supplier s ON s.id = rs.supplier_id"
            + " WHERE s.org_unit_id IN (:units) AND rs.completed_at = (SELECT MAX(x.completed_at)"
            + " FROM supplier_review_snapshot x WHERE x.supplier_id = rs.supplier_id)";

    public record Scores(long reviewed, Map<String, Long> byGrade, Map<String, Long> byBand, Double mean) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    ReviewScoresSection(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public String key() {
        return "reviewScores";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String template() {
        return "supplier/dashboard/reviews";
    }

    @Override
    public Scores data(VisibleUnits units, LocalDate today) {
        MapSqlParameterSource params = new MapSqlParameterSource("units", units.forQuery());
        Map<String, Long> byGrade = new LinkedHashMap<>();
        for (String grade : new String[] {"A", "B", "C", "D"}) {
            byGrade.put(grade, 0L);
        }
        jdbc.query("SELECT l.grade, COUNT(*) AS n FROM (" + LATEST + ") l GROUP BY l.grade", params,
                rs -> { byGrade.put(rs.getString("grade"), rs.getLong("n")); });
        Map<String, Long> byBand = new LinkedHashMap<>();
        for (int low = 0; low < 100; low += 10) {
            byBand.put(band(low), 0L);
        }
        jdbc.query("SELECT CASE WHEN l.score >= 100 THEN 9 ELSE CAST(FLOOR(l.score / 10) AS INT) END AS b,"
                + " COUNT(*) AS n FROM (" + LATEST + ") l WHERE l.score IS NOT NULL GROUP BY 1", params,
                rs -> { byBand.put(band(rs.getInt("b") * 10), rs.getLong("n")); });
        Double mean = jdbc.queryForObject("SELECT AVG(l.score) FROM (" + LATEST + ") l", params, Double.class);
        long reviewed = byGrade.values().stream().mapToLong(Long::longValue).sum();
        return new Scores(reviewed, byGrade, byBand, mean == null ? null : Math.round(mean * 10) / 10.0);
    }

    private static String band(int low) {
        return low == 90 ? "90–100" : low + "–" + (low + 9);
    }
}
