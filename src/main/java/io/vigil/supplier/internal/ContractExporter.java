package io.vigil.supplier.internal;

import io.vigil.shared.audit.AuditableEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
    public SupplierExporter.Export export(ContractFilter filter, SupplierExporter.Format format) {
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
        if (export.format() == SupplierExporter.Format.XLSX) {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
                Sheet sheet = workbook.createSheet("contracts");
                writeRow(sheet.createRow(0), COLUMNS);
                for (int i = 0; i < export.rows().size(); i++) {
                    writeRow(sheet.createRow(i + 1), export.rows().get(i));
                }
                workbook.write(out);
            }
        } else {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
            printer.printRecord(COLUMNS);
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
