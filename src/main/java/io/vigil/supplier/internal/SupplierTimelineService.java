package io.vigil.supplier.internal;

import io.vigil.audit.AuditEntry;
import io.vigil.audit.AuditHistory;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.web.VigilException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that happened to a supplier, newest first, from the audit trail: the supplier's own
 * events and those of its records (access cases, documents, sourcing invitations and awards, portal
 * accounts, and any record whose events name the supplier with {@code relatedTo("Supplier", id)}).
 * Events filed under an org unit the caller cannot read are left out.
 */
@Service
@Transactional(readOnly = true)
public class SupplierTimelineService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    public record Entry(long seq, Instant at, String actor, TimelineKind kind, String action, String summary,
            String entityType, String entityId) {

        /** The day it happened, in UTC like the rest of the trail. */
        public LocalDate day() {
            return LocalDate.ofInstant(at, ZoneOffset.UTC);
        }

        public String timeUtc() {
            return TIME.format(at);
        }
    }

    /** The entries of one page that share a day. */
    public record Day(LocalDate date, List<Entry> entries) {
    }

    private final SupplierService suppliers;
    private final AuditHistory history;
    private final DataScope scope;

    SupplierTimelineService(SupplierService suppliers, AuditHistory history, DataScope scope) {
        this.suppliers = suppliers;
        this.history = history;
        this.scope = scope;
    }

    /** A page of the timeline; a supplier outside the caller's units is not found. */
    public Page<Entry> timeline(UUID supplierId, TimelineKind kind, Pageable pageable) {
        Supplier supplier = suppliers.visible(supplierId);
        if (kind == TimelineKind.OTHER) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "invalid-parameter", "supplier.insight.timeline.error.kind",
                    kind, List.of(TimelineKind.filterable()));
        }
        List<AuditHistory.Kind> kinds = kind == null ? List.of() : List.of(kind.selector());
        return history.timelineOf(SupplierService.ENTITY, supplier.getId().toString(), kinds,
                scope.visibleUnits(SupplierService.READ), pageable).map(SupplierTimelineService::entry);
    }

    /** Groups consecutive entries (newest first) by day. */
    public static List<Day> byDay(List<Entry> entries) {
        List<Day> days = new ArrayList<>();
        for (Entry e : entries) {
            if (days.isEmpty() || !days.get(days.size() - 1).date().equals(e.day())) {
                days.add(new Day(e.day(), new ArrayList<>()));
            }
            days.get(days.size() - 1).entries().add(e);
        }
        return days;
    }

    private static Entry entry(AuditEntry e) {
        return new Entry(e.seq(), e.at(), e.actor(), TimelineKind.of(e.entityType(), e.action()), e.action(),
                e.summary(), e.entityType(), e.entityId());
    }
}
