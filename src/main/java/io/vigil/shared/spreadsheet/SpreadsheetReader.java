package io.vigil.shared.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a CSV (UTF-8, with or without a byte-order mark) or an XLSX file into one row model: cells
 * as text, each row with the line it came from (the header is line 1). Wholly blank rows are skipped.
 * Shared by every module that imports files, so that they all count lines and decode text alike.
 */
public final class SpreadsheetReader {

    /** One data row: its line in the file and its cells as text, in column order. */
    public record Line(int number, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    public record Table(List<String> header, List<Line> rows) {
    }

    /** Why a file cannot be read; each importer words it in its own message bundle. */
    public enum Reason {
        FORMAT, ENCODING, CSV, XLSX;

        /** {@code prefix + "." + reason}, e.g. {@code people.import.error.encoding}. */
        public String messageKey(String prefix) {
            return prefix + "." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** The file cannot be read as a table at all; the reason says why. */
    public static final class UnreadableFileException extends Exception {

        private final Reason reason;

        UnreadableFileException(Reason reason, Throwable cause) {
            super(reason.name(), cause);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};

    private SpreadsheetReader() {
    }

    public static Table read(String filename, byte[] content) throws UnreadableFileException {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        boolean zip = content.length >= 4 && Arrays.equals(Arrays.copyOf(content, 4), ZIP_MAGIC);
        if (name.endsWith(".xls")) {
            throw new UnreadableFileException(Reason.FORMAT, null);
        }
        return name.endsWith(".xlsx") || zip ? readXlsx(content) : readCsv(content);
    }

    public static Table readCsv(byte[] content) throws UnreadableFileException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(Reason.ENCODING, e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        List<String> header = null;
        List<Line> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                List<String> cells = record.stream().map(SpreadsheetReader::withoutFormulaGuard).toList();
                int line = lineOf(lineStarts, recordStart(text, record.getCharacterPosition()));
                if (header == null) {
                    header = line == 1 ? cells : List.of();
                    if (line != 1) {
                        rows.add(new Line(line, cells));
                    }
                } else if (!blank(cells)) {
                    rows.add(new Line(line, cells));
                }
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new UnreadableFileException(Reason.CSV, e);
        }
        return new Table(header == null ? List.of() : header, rows);
    }

    public static Table readXlsx(byte[] content) throws UnreadableFileException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return new Table(List.of(), List.of());
            }
            Sheet sheet = workbook.getSheetAt(0);
            FormulaEvaluator formulas = workbook.getCreationHelper().createFormulaEvaluator();
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> header = List.of();
            List<Line> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), formatter, formulas));
                }
                if (row.getRowNum() == 0) {
                    header = cells;
                } else if (!blank(cells)) {
                    rows.add(new Line(row.getRowNum() + 1, cells));
                }
            }
            return new Table(header, rows);
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or non-XLSX file with assorted runtime exceptions
            throw new UnreadableFileException(Reason.XLSX, e);
        }
    }

    /** Dates become ISO text, everything else the text a person sees in the cell. */
    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator formulas) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell, formulas).strip();
    }

    /** Undoes {@link SpreadsheetWriter#neutralised}: {@code '+86 10 …} is read as {@code +86 10 …}. */
    static String withoutFormulaGuard(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\''
                && SpreadsheetWriter.FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    /** The parser reports a record after skipped blank lines at the start of those lines; step over them. */
    private static long recordStart(String text, long position) {
        long start = position;
        while (start < text.length() && (text.charAt((int) start) == '\r' || text.charAt((int) start) == '\n')) {
            start++;
        }
        return start;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** 1-based line of a character position, so multi-line quoted cells do not shift later lines. */
    private static int lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }
}
