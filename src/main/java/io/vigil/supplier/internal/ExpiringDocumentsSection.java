package io.vigil.supplier.internal;

import io.vigil.shared.security.VisibleUnits;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Verified documents whose validity ends within {@value #DAYS} days, soonest first (one query and a count). */
@Component
class ExpiringDocumentsSection implements DashboardSection {

    static final int DAYS = 90;
    static final int SHOWN = 50;

    public record Expiring(long count, int withinDays, List<Row> items) {
    }

    public record Row(UUID supplierId, String supplierName, UUID documentId, String type, String number,
            LocalDate validTo, long daysLeft) {
    }

    private static final String FROM = " FROM supplier_document d JOIN supplier s ON s.id = d.supplier_id"
            + " WHERE s.org_unit_id IN (:units) AND d.verification = 'VERIFIED'"
            + " AND d.valid_to >= :today AND d.valid_to <= :until";

    private final NamedParameterJdbcTemplate jdbc;

    ExpiringDocumentsSection(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public String key() {
        return "expiringDocuments";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String template() {
        return "supplier/dashboard/expiring";
    }

    @Override
    public Expiring data(VisibleUnits units, LocalDate today) {
        MapSqlParameterSource params = new MapSqlParameterSource("units", units.forQuery()).addValue("today", today)
                .addValue("until", today.plusDays(DAYS)).addValue("limit", SHOWN);
        Long count = jdbc.queryForObject("SELECT COUNT(*)" + FROM, params, Long.class);
        List<Row> rows = jdbc.query("SELECT s.id AS supplier_id, s.name, d.id AS document_id, d.doc_type, d.doc_number, "
                + "d.valid_to" + FROM + " ORDER BY d.valid_to, s.name, d.doc_type LIMIT :limit", params, (rs, i) -> {
                    LocalDate validTo = rs.getObject("valid_to", LocalDate.class);
                    return new Row(rs.getObject("supplier_id", UUID.class), rs.getString("name"),
                            rs.getObject("document_id", UUID.class), rs.getString("doc_type"),
                            rs.getString("doc_number"), validTo, ChronoUnit.DAYS.between(today, validTo));
                });
        return new Expiring(count == null ? 0 : count, DAYS, rows);
    }
}
