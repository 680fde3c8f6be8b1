package io.vigil.people.internal;

import io.vigil.shared.audit.AuditableEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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

    public enum Format {
        CSV("text/csv; charset=UTF-8"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Format parse(String text) {
            return text == null ? CSV : valueOf(text.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** The rows, ready to write; what {@link #write} streams after the transaction. */
    public record Export(Format format, String filename, List<List<String>> rows) {
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
    public Export export(EmployeeFilter filter, Format format) {
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

    public static void write(Export export, OutputStream out) throws IOException {
        if (export.format() == Format.XLSX) {
            writeXlsx(export.rows(), out);
        } else {
            writeCsv(export.rows(), out);
        }
    }

    private static void writeCsv(List<List<String>> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // the byte-order mark makes spreadsheet programs read UTF-8 (Chinese names) correctly
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(EmployeeColumns.ALL);
        for (List<String> row : rows) {
            printer.printRecord(row);
        }
        printer.flush();
    }

    private static void writeXlsx(List<List<String>> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("employees");
            writeRow(sheet.createRow(0), EmployeeColumns.ALL);
            for (int i = 0; i < rows.size(); i++) {
                writeRow(sheet.createRow(i + 1), rows.get(i));
            }
            workbook.write(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void writeRow(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c) != null) {
                row.createCell(c).setCellValue(cells.get(c));
            }
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
