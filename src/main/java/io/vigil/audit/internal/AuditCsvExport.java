package io.vigil.audit.internal;

import static io.vigil.shared.spreadsheet.SpreadsheetWriter.neutralised;

import io.vigil.shared.audit.AuditableEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the filtered events as CSV and records the export itself in the trail. The export event
 * is appended after the rows are written, so the chain's head is locked only for a moment.
 */
@Service
public class AuditCsvExport {

    static final String[] HEADER = {"seq", "occurred_at", "actor", "actor_kind", "action", "entity_type", "entity_id",
            "org_unit_id", "summary", "changes", "client_ip", "request_id", "prev_hash", "hash", "related_type",
            "related_id"};

    private final AuditEventSearch search;
    private final ApplicationEventPublisher events;

    AuditCsvExport(AuditEventSearch search, ApplicationEventPublisher events) {
        this.search = search;
        this.events = events;
    }

    /** Read-write on purpose: the {@code EXPORTED} event is written in this transaction. */
    @Transactional
    public long write(AuditFilter filter, Writer out) {
        try {
            // a byte order mark lets spreadsheet programs read the UTF-8 (Chinese text) correctly
            out.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
            long rows = search.stream(filter, event -> print(csv, event));
            csv.flush();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("format", "csv");
            details.put("rows", rows);
            details.put("filters", filter.describe());
            events.publishEvent(new AuditableEvent("EXPORTED", "AuditEvent", null, null,
                    "Exported " + rows + " audit events as CSV", Map.of(), details, null));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(CSVPrinter csv, StoredEvent event) {
        try {
            // text a person typed must not run as a spreadsheet formula (CSV injection)
            csv.printRecord(event.seq(), CanonicalForm.time(event.occurredAt()), neutralised(event.actor()),
                    event.actorKind(), event.action(), neutralised(event.entityType()),
                    neutralised(event.entityId()), event.orgUnitId(), neutralised(event.summary()), event.changes(),
                    event.clientIp(), event.requestId(), event.prevHash(), event.hash(),
                    neutralised(event.relatedType()), neutralised(event.relatedId()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
