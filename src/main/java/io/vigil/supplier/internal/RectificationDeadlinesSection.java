package io.vigil.supplier.internal;

import io.vigil.shared.security.VisibleUnits;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Suppliers under rectification: their open plans, nearest deadline first, with the actions still open. */
@Component
class RectificationDeadlinesSection implements DashboardSection {

    static final int SHOWN = 25;

    public record Deadlines(long open, long overdue, List<Row> items) {
    }

    public record Row(UUID planId, UUID supplierId, String supplierName, LocalDate dueDate, boolean overdue,
            long openActions, long actions) {
    }

    private static final String OPEN_PLANS = " FROM supplier_rectification_plan p JOIN supplier s ON s.id = p.supplier_id"
            + " WHERE p.state = 'OPEN' AND s.org_unit_id IN (:units)";

    private final NamedParameterJdbcTemplate jdbc;

    RectificationDeadlinesSection(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public String key() {
        return "rectificationDeadlines";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String template() {
        return "supplier/dashboard/rectification";
    }

    @Override
    public Deadlines data(VisibleUnits units, LocalDate today) {
        MapSqlParameterSource params = new MapSqlParameterSource("units", units.forQuery()).addValue("today", today)
                .addValue("limit", SHOWN);
        Long open = jdbc.queryForObject("SELECT COUNT(*)" + OPEN_PLANS, params, Long.class);
        Long overdue = jdbc.queryForObject("SELECT COUNT(*)" + OPEN_PLANS + " AND p.due_date < :today", params,
                Long.class);
        List<Row> rows = jdbc.query("SELECT p.id, p.supplier_id, s.name, p.due_date,"
                + " (SELECT COUNT(*) FROM supplier_rectification_action a WHERE a.plan_id = p.id"
                + " AND a.status <> 'DONE') AS open_actions,"
                + " (SELECT COUNT(*) FROM supplier_rectification_action a WHERE a.plan_id = p.id) AS actions"
                + OPEN_PLANS + " ORDER BY p.due_date, s.name LIMIT :limit", params, (rs, i) -> {
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    return new Row(rs.getObject("id", UUID.class), rs.getObject("supplier_id", UUID.class),
                            rs.getString("name"), due, due.isBefore(today), rs.getLong("open_actions"),
                            rs.getLong("actions"));
                });
        return new Deadlines(open == null ? 0 : open, overdue == null ? 0 : overdue, rows);
    }
}
