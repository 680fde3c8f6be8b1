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
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the suppliers a filter matches, within the caller's scope, in the import layout; audited. */
@Service
public class SupplierExporter {

    public record Export(ExportFormat format, String filename, List<List<String>> rows) {
    }

    private final SupplierService suppliers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupplierExporter(SupplierService suppliers, ApplicationEventPublisher events, Clock clock) {
        this.suppliers = suppliers;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Export export(SupplierFilter filter, ExportFormat format) {
        List<SupplierView> views = suppliers.listAll(filter, Sort.by("name"));
        List<List<String>> rows = new ArrayList<>(views.size());
        for (SupplierView s : views) {
            Contact contact = s.contacts().isEmpty() ? null : s.contacts().get(0);
            rows.add(Arrays.asList(s.name(), s.nameEn(), s.identifier(), s.country(), String.join(";", s.categories()),
                    contact == null ? null : contact.name(), contact == null ? null : contact.email(),
                    contact == null ? null : contact.phone(), s.registeredOn().toString()));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", format.name());
        details.put("rows", rows.size());
        details.put("filter", filter.toString());
        events.publishEvent(AuditableEvent.change("EXPORTED", SupplierService.ENTITY, null, null,
                "Exported " + rows.size() + " suppliers as " + format.name(), Map.of(), details));
        return new Export(format, "suppliers-" + LocalDate.now(clock) + "." + format.extension(), rows);
    }

    public static void write(Export export, OutputStream out) throws IOException {
        SpreadsheetWriter.write(export.format(), "suppliers", SupplierColumns.ALL, export.rows(), out);
    }
}
