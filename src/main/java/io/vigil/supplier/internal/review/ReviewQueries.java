package io.vigil.supplier.internal.review;

import io.vigil.shared.security.DataScope;
import io.vigil.supplier.SupplierStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review lists and the ranking: paginated SQL over reviews joined with the supplier register,
 * limited to the units where the caller holds {@code supplier:read}; one query per page plus a count.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueries {

    /** List filters; {@code state} is OPEN, DUE (open, not overdue), OVERDUE, COMPLETED or CONFIRMED. */
    public record Filter(String state, String period, String q) {
    }

    /** One line of the ranking: the supplier's latest completed review. */
    public record RankingRow(int rank, UUID supplierId, String supplierName, String supplierNameEn,
            SupplierStatus status, UUID reviewId, String period, Double score, String grade) {
    }

    private final NamedParameterJdbcTemplate named;
    private final DataScope scope;
    private final Clock clock;

    ReviewQueries(JdbcTemplate jdbc, DataScope scope, Clock clock) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.scope = scope;
        this.clock = clock;
    }

    public Page<ReviewSummary> list(Filter filter, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        MapSqlParameterSource p = new MapSqlParameterSource("units", scope.visibleUnits("supplier:read").forQuery())
                .addValue("today", today);
        StringBuilder where = new StringBuilder(" FROM supplier_review r JOIN supplier s ON s.id = r.supplier_id"
                + " WHERE s.org_unit_id IN (:units)");
        String state = filter.state() == null ? "" : filter.state().strip().toUpperCase(Locale.ROOT);
        switch (state) {
            case "OPEN" -> where.append(" AND r.state = 'OPEN'");
            case "DUE" -> where.append(" AND r.state = 'OPEN' AND r.due_date >= :today");
            case "OVERDUE" -> where.append(" AND r.state = 'OPEN' AND r.due_date < :today");
            case "COMPLETED" -> where.append(" AND r.state = 'COMPLETED'");
            case "CONFIRMED" -> where.append(" AND r.state = 'CONFIRMED'");
            case "DONE" -> where.append(" AND r.state IN ('COMPLETED', 'CONFIRMED')");
            default -> { }
        }
        if (filter.period() != null && !filter.period().isBlank()) {
            where.append(" AND r.period = :period");
            p.addValue("period", filter.period().strip());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" AND s.search_text LIKE :q");
            p.addValue("q", "%" + filter.q().strip().toLowerCase(Locale.ROOT) + "%");
        }
        Long total = named.queryForObject("SELECT COUNT(*)" + where, p, Long.class);
        p.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<ReviewSummary> rows = named.query("SELECT r.id, r.supplier_id, s.name, s.name_en, s.status, s.criticality,"
                + " r.period, r.due_date, r.state, r.score, r.grade, r.proposal, r.decision" + where
                + " ORDER BY CASE WHEN r.state = 'OPEN' THEN 0 ELSE 1 END, r.due_date, s.name"
                + " LIMIT :limit OFFSET :offset", p, (rs, i) -> summary(rs, today));
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** Suppliers ranked by the score of their latest completed review, optionally within one category. */
    public Page<RankingRow> ranking(String category, String minGrade, Pageable pageable) {
        MapSqlParameterSource p = new MapSqlParameterSource("units", scope.visibleUnits("supplier:read").forQuery());
        StringBuilder where = new StringBuilder(" FROM supplier_review_snapshot x JOIN supplier s ON s.id = x.supplier_id"
                + " WHERE s.org_unit_id IN (:units) AND x.score IS NOT NULL"
                + " AND x.completed_at = (SELECT MAX(y.completed_at) FROM supplier_review_snapshot y"
                + " WHERE y.supplier_id = x.supplier_id)");
        if (category != null && !category.isBlank()) {
            where.append(" AND EXISTS (SELECT 1 FROM supplier_category_link l WHERE l.supplier_id = s.id"
                    + " AND l.category_code = :category)");
            p.addValue("category", category.strip());
        }
        if (minGrade != null && minGrade.strip().matches("[A-Da-d]")) {
            where.append(" AND x.grade <= :grade");
            p.addValue("grade", minGrade.strip().toUpperCase(Locale.ROOT));
        }
        Long total = named.queryForObject("SELECT COUNT(*)" + where, p, Long.class);
        p.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        long offset = pageable.getOffset();
        List<RankingRow> rows = named.query("SELECT x.review_id, x.supplier_id, s.name, s.name_en, s.status, x.period,"
                + " x.score, x.grade" + where + " ORDER BY x.score DESC, s.name LIMIT :limit OFFSET :offset", p,
                (rs, i) -> new RankingRow((int) offset + i + 1, rs.getObject("supplier_id", UUID.class),
                        rs.getString("name"), rs.getString("name_en"), SupplierStatus.valueOf(rs.getString("status")),
                        rs.getObject("review_id", UUID.class), rs.getString("period"), decimal(rs, "score"),
                        rs.getString("grade")));
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** The periods that have reviews, newest first (filter choices). */
    public List<String> periods() {
        return named.getJdbcTemplate().queryForList(
                "SELECT period FROM supplier_review GROUP BY period ORDER BY MAX(period_start) DESC, period DESC", String.class);
    }

    private static ReviewSummary summary(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        String state = rs.getString("state");
        return new ReviewSummary(rs.getObject("id", UUID.class), rs.getObject("supplier_id", UUID.class),
                rs.getString("name"), rs.getString("name_en"), SupplierStatus.valueOf(rs.getString("status")),
                rs.getString("criticality"), rs.getString("period"), due, state,
                "OPEN".equals(state) && due.isBefore(today), decimal(rs, "score"), rs.getString("grade"),
                rs.getString("proposal"), rs.getString("decision"));
    }

    private static Double decimal(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }
}
