package io.vigil.supplier.internal;

import io.vigil.shared.security.VisibleUnits;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Suppliers flagged because a document their categories require is missing, not yet verified or
 * not valid today: the same rule as the flag on the supplier's page, for every visible supplier at once.
 */
@Component
class FlaggedSuppliersSection implements DashboardSection {

    static final int SHOWN = 50;

    public record Flagged(long count, List<Row> items) {
    }

    public record Row(UUID supplierId, String name, String status) {
    }

    private static final String FLAGGED = "SELECT DISTINCT s.id, s.name, s.status FROM supplier s"
            + " JOIN supplier_category_link l ON l.supplier_id = s.id"
            + " JOIN supplier_required_document r ON r.category = l.category_code"
            + " WHERE s.org_unit_id IN (:units) AND NOT EXISTS (SELECT 1 FROM supplier_document d"
            + " WHERE d.supplier_id = s.id AND d.doc_type = r.doc_type AND d.verification = 'VERIFIED'"
            + " AND d.valid_from <= :today AND (d.valid_to IS NULL OR d.valid_to >= :today))";

    private final NamedParameterJdbcTemplate jdbc;

    FlaggedSuppliersSection(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public String key() {
        return "flaggedSuppliers";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String template() {
        return "supplier/dashboard/flagged";
    }

    @Override
    public Flagged data(VisibleUnits units, LocalDate today) {
        MapSqlParameterSource params = new MapSqlParameterSource("units", units.forQuery()).addValue("today", today)
                .addValue("limit", SHOWN);
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM (" + FLAGGED + ") f", params, Long.class);
        List<Row> rows = jdbc.query(FLAGGED + " ORDER BY s.name LIMIT :limit", params,
                (rs, i) -> new Row(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("status")));
        return new Flagged(count == null ? 0 : count, rows);
    }
}
