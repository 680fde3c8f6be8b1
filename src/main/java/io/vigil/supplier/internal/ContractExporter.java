package io.vigil.supplier.internal;

import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.spreadsheet.ExportFormat;
import io.vigil.shared.spreadsheet.SpreadsheetWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the contracts a filter matches, within the caller's scope, as CSV or XLSX; audited. */
@Service
public class ContractExporter {

    public static final List<String> COLUMNS = List.of("number", "title", "supplier", "event_id", "value", "currency",
            "start_date", "end_date", "status", "owner_id");

    private final ContractService contracts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContractExporter(ContractService contracts, ApplicationEventPublisher events, Clock clock) {
        this.contracts = contracts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public SupplierExporter.Export export(ContractFilter filter, ExportFormat format) {
        List<List<String>> rows = new ArrayList<>();
        for (ContractView c : contracts.listAll(filter)) {
            rows.add(Arrays.asList(c.number(), c.title(), c.supplierName(),
                    c.eventId() == null ? null : c.eventId().toString(), c.value().toPlainString(), c.currency(),
                    c.startDate().toString(), c.endDate().toString(), c.status(),
                    c.ownerId() == null ? null : c.ownerId().toString()));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", format.name());
        details.put("rows", rows.size());
        details.put("filter", filter.toString());
        events.publishEvent(AuditableEvent.change("EXPORTED", ContractService.ENTITY, null, null,
                "Exported " + rows.size() + " contracts as " + format.name(), Map.of(), details));
        return new SupplierExporter.Export(format, "contracts-" + LocalDate.now(clock) + "." + format.extension(), rows);
    }

    public static void write(SupplierExporter.Export export, OutputStream out) throws IOException {
        SpreadsheetWriter.write(export.format(), "contracts", COLUMNS, export.rows(), out);
    }
}
