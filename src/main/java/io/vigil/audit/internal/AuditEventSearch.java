package io.vigil.audit.internal;

import io.vigil.audit.AuditEntry;
import io.vigil.audit.AuditHistory;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.VisibleUnits;
import io.vigil.shared.web.VigilException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the trail: filtered pages and streams for people holding {@code audit:read}, limited to the
 * events of the org units they may see plus the events that belong to no unit (logins, system), and
 * a record's history for other modules.
 */
@Service
public class AuditEventSearch implements AuditHistory {

    public static final String PERMISSION = "audit:read";
    public static final int MAX_PAGE_SIZE = 200;
    private static final Map<String, String> SORTABLE = Map.of("seq", "seq", "occurredAt", "occurred_at", "actor", "actor",
            "action", "action", "entityType", "entity_type");

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final DataScope scope;

    AuditEventSearch(JdbcTemplate jdbc, DataScope scope) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        JdbcTemplate fetching = new JdbcTemplate(jdbc.getDataSource());
        // rows arrive in batches instead of all at once (PostgreSQL needs a transaction for that)
        fetching.setFetchSize(500);
        this.streaming = new NamedParameterJdbcTemplate(fetching);
        this.scope = scope;
    }

    @Transactional(readOnly = true)
    public Page<StoredEvent> search(AuditFilter filter, Pageable pageable) {
        int size = Math.min(Math.max(pageable.getPageSize(), 1), MAX_PAGE_SIZE);
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event" + where, params, Long.class);
        params.addValue("limit", size).addValue("offset", (long) pageable.getPageNumber() * size);
        List<StoredEvent> rows = jdbc.query("SELECT " + StoredEvents.COLUMNS + " FROM audit_event" + where
                + orderBy(pageable.getSort()) + " LIMIT :limit OFFSET :offset", params, StoredEvents.MAPPER);
        return new PageImpl<>(rows, PageRequest.of(pageable.getPageNumber(), size,
                pageable.getSort()), total == null ? 0 : total);
    }

    /** Every matching event, newest first, handed over one at a time without holding them all in memory. */
    @Transactional(readOnly = true)
    public long stream(AuditFilter filter, Consumer<StoredEvent> sink) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "SELECT " + StoredEvents.COLUMNS + " FROM audit_event" + where(filter, params) + " ORDER BY seq DESC";
        long[] count = {0};
        streaming.query(sql, params, rs -> {
            sink.accept(StoredEvents.map(rs, (int) count[0]));
            count[0]++;
        });
        return count[0];
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(String entityType, String entityId) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("entityType", entityType)
                .addValue("entityId", entityId).addValue("limit", LIMIT);
        return jdbc.query("SELECT " + StoredEvents.COLUMNS + " FROM audit_event"
                        + " WHERE entity_type = :entityType AND entity_id = :entityId ORDER BY seq DESC LIMIT :limit",
                params, StoredEvents.MAPPER).stream().map(AuditEventSearch::toEntry).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuditEntry> timelineOf(String type, String id, Collection<Kind> kinds, VisibleUnits units,
            Pageable pageable) {
        int size = Math.min(Math.max(pageable.getPageSize(), 1), MAX_TIMELINE_PAGE);
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("type", type).addValue("id", id)
                .addValue("units", units.forQuery());
        // two index lookups (own events, events naming the record) instead of an OR no index serves
        StringBuilder where = new StringBuilder(" WHERE seq IN (SELECT seq FROM audit_event WHERE entity_type = :type"
                + " AND entity_id = :id UNION SELECT seq FROM audit_event WHERE related_type = :type AND related_id = :id)"
                + " AND (org_unit_id IS NULL OR org_unit_id IN (:units))");
        List<String> selected = new ArrayList<>();
        int i = 0;
        for (Kind kind : kinds) {
            String clause = "entity_type = :kindType" + i;
            params.addValue("kindType" + i, kind.entityType());
            if (!kind.actions().isEmpty()) {
                clause += " AND action IN (:kindActions" + i + ")";
                params.addValue("kindActions" + i, kind.actions());
            }
            selected.add("(" + clause + ")");
            i++;
        }
        if (!selected.isEmpty()) {
            where.append(" AND (").append(String.join(" OR ", selected)).append(")");
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event" + where, params, Long.class);
        params.addValue("limit", size).addValue("offset", (long) pageable.getPageNumber() * size);
        List<AuditEntry> rows = jdbc.query("SELECT " + StoredEvents.COLUMNS + " FROM audit_event" + where
                + " ORDER BY seq DESC LIMIT :limit OFFSET :offset", params, StoredEvents.MAPPER).stream()
                .map(AuditEventSearch::toEntry).toList();
        return new PageImpl<>(rows, PageRequest.of(pageable.getPageNumber(), size), total == null ? 0 : total);
    }

    static AuditEntry toEntry(StoredEvent event) {
        return new AuditEntry(event.seq(), event.occurredAt(), event.actor(), event.actorKind(), event.action(),
                event.summary(), event.changesByField(), event.entityType(), event.entityId());
    }

    private String where(AuditFilter filter, MapSqlParameterSource params) {
        List<String> clauses = new ArrayList<>();
        // events of no unit (logins, system jobs) are for every audit:read holder; the rest by unit
        clauses.add("(org_unit_id IS NULL OR org_unit_id IN (:units))");
        params.addValue("units", scope.visibleUnits(PERMISSION).forQuery());
        equal(clauses, params, "entity_type", "entityType", filter.entityType());
        equal(clauses, params, "entity_id", "entityId", filter.entityId());
        equal(clauses, params, "actor", "actor", filter.actor());
        equal(clauses, params, "action", "action", filter.action());
        if (filter.from() != null) {
            clauses.add("occurred_at >= :from");
            params.addValue("from", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            clauses.add("occurred_at < :to");
            params.addValue("to", OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        return " WHERE " + String.join(" AND ", clauses);
    }

    private static void equal(List<String> clauses, MapSqlParameterSource params, String column, String name,
            String value) {
        if (value != null) {
            clauses.add(column + " = :" + name);
            params.addValue(name, value);
        }
    }

    /** Newest first unless asked otherwise; sequence order breaks ties so pages never overlap. */
    private static String orderBy(Sort sort) {
        if (sort.isUnsorted()) {
            return " ORDER BY seq DESC";
        }
        List<String> terms = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORTABLE.get(order.getProperty());
            if (column == null) {
                throw new VigilException(HttpStatus.BAD_REQUEST, "invalid-parameter", "audit.sort.invalid",
                        order.getProperty(), String.join(", ", new TreeSet<>(SORTABLE.keySet())));
            }
            terms.add(column + (order.isAscending() ? " ASC" : " DESC"));
        }
        if (!terms.contains("seq ASC") && !terms.contains("seq DESC")) {
            terms.add("seq DESC");
        }
        return " ORDER BY " + String.join(", ", terms);
    }
}
