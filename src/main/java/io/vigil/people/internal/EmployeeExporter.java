package io.vigil.people.internal;

import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.spreadsheet.ExportFormat;
import io.vigil.shared.spreadsheet.SpreadsheetWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the employees a filter matches, within the caller's scope, in the import layout (so an
 * export can be imported again), and records the export in the audit trail.
 */
@Service
public class EmployeeExporter {

    /** The rows, ready to write; what {@link #write} streams after the transaction. */
    public record Export(ExportFormat format, String filename, List<List<String>> rows) {
    }

    private final EmployeeService employees;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmployeeExporter(EmployeeService employees, ApplicationEventPublisher events, Clock clock) {
        this.employees = employees;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Export export(EmployeeFilter filter, ExportFormat format) {
        List<EmployeeView> views = employees.listAll(filter, Sort.by("employeeNumber"));
        List<List<String>> rows = new ArrayList<>(views.size());
        for (EmployeeView e : views) {
            rows.add(java.util.Arrays.asList(e.employeeNumber(), e.name(), e.nameEn(), e.email(), e.phone(),
                    e.orgUnit() == null ? null : e.orgUnit().code(), e.position(),
                    e.manager() == null ? null : e.manager().employeeNumber(), text(e.hireDate()),
                    text(e.leaveDate()), e.status().name()));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", format.name());
        details.put("rows", rows.size());
        details.put("filter", filter.toString());
        events.publishEvent(AuditableEvent.change("EXPORTED", EmployeeService.ENTITY, null, filter.orgUnit(),
                "Exported " + rows.size() + " employees as " + format.name(), Map.of(), details));
        String filename = "employees-" + LocalDate.now(clock) + "." + format.extension();
        return new Export(format, filename, rows);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static void write(Export export, OutputStream out) throws IOException {
        SpreadsheetWriter.write(export.format(), "employees", EmployeeColumns.ALL, export.rows(), out);
    }
}
