package io.vigil.supplier.internal;

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
import java.util.Arrays;
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

/** Writes the suppliers a filter matches, within the caller's scope, in the import layout; audited. */
@Service
public class SupplierExporter {

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

    public record Export(Format format, String filename, List<List<String>> rows) {
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
    public Export export(SupplierFilter filter, Format format) {
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
        if (export.format() == Format.XLSX) {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
                Sheet sheet = workbook.createSheet("suppliers");
                writeRow(sheet.createRow(0), SupplierColumns.ALL);
                for (int i = 0; i < export.rows().size(); i++) {
                    writeRow(sheet.createRow(i + 1), export.rows().get(i));
                }
                workbook.write(out);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        } else {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            // the byte-order mark makes spreadsheet programs read UTF-8 (Chinese names) correctly
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
            printer.printRecord(SupplierColumns.ALL);
            for (List<String> row : export.rows()) {
                printer.printRecord(row);
            }
            printer.flush();
        }
    }

    private static void writeRow(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c) != null) {
                row.createCell(c).setCellValue(cells.get(c));
            }
        }
    }
}
