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
        Map<String, Long> byGrade = new LinkedHashMap<>();
        for (String grade : new String[] {"A", "B", "C", "D"}) {
            byGrade.put(grade, 0L);
        }
        Map<String, Long> byBand = new LinkedHashMap<>();
        for (int low = 0; low < 100; low += 10) {
            byBand.put(band(low), 0L);
        }
        double[] sum = new double[1];
        long[] scored = new long[1];
        // one pass over the latest snapshots, grouped by grade and ten-point band (no band: no score)
        jdbc.query("SELECT l.grade, CASE WHEN l.score IS NULL THEN -1 WHEN l.score >= 100 THEN 9"
                + " ELSE CAST(FLOOR(l.score / 10) AS INT) END AS b, COUNT(*) AS n, SUM(l.score) AS total"
                + " FROM (" + LATEST + ") l GROUP BY l.grade, 2",
                new MapSqlParameterSource("units", units.forQuery()), rs -> {
                    long n = rs.getLong("n");
                    byGrade.merge(rs.getString("grade"), n, Long::sum);
                    int b = rs.getInt("b");
                    if (b >= 0) {
                        byBand.merge(band(b * 10), n, Long::sum);
                        sum[0] += rs.getDouble("total");
                        scored[0] += n;
                    }
                });
        long reviewed = byGrade.values().stream().mapToLong(Long::longValue).sum();
        Double mean = scored[0] == 0 ? null : Math.round(sum[0] / scored[0] * 10) / 10.0;
        return new Scores(reviewed, byGrade, byBand, mean);
    }

    private static String band(int low) {
        return low == 90 ? "90–100" : low + "–" + (low + 9);
    }
}
