package io.vigil.shared.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the export of a register in the layout of its import, so an export can be imported again.
 *
 * <p>CSV cells that a spreadsheet program would run as a formula ({@code =}, {@code +}, {@code -},
 * {@code @}, tab, carriage return first) get a leading apostrophe: supplier names and finding
 * titles come from outside the organisation (CSV injection). {@link SpreadsheetReader} removes that
 * apostrophe again, so a phone number like {@code +86 10 …} survives export and import unchanged.
 * XLSX cells are always written as text and need no such care.
 */
public final class SpreadsheetWriter {

    static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetWriter() {
    }

    public static void write(ExportFormat format, String sheetName, List<String> header, List<List<String>> rows,
            OutputStream out) throws IOException {
        if (format == ExportFormat.XLSX) {
            writeXlsx(sheetName, header, rows, out);
        } else {
            writeCsv(header, rows, out);
        }
    }

    /** The value as a CSV cell that cannot run as a formula. */
    public static String neutralised(String value) {
        if (value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static void writeCsv(List<String> header, List<List<String>> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // the byte-order mark makes spreadsheet programs read UTF-8 (Chinese names) correctly
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(header);
        for (List<String> row : rows) {
            printer.printRecord(row.stream().map(SpreadsheetWriter::neutralised).toList());
        }
        printer.flush();
    }

    private static void writeXlsx(String sheetName, List<String> header, List<List<String>> rows, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            writeRow(sheet.createRow(0), header);
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
}
