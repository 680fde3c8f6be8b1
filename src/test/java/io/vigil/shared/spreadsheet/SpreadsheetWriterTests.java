package io.vigil.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SpreadsheetWriterTests {

    static final List<String> HEADER = List.of("name", "phone", "note");
    static final List<List<String>> ROWS = List.of(
            Arrays.asList("=HYPERLINK(\"http://evil.example\",\"click\")", "+86 10 6552 0000", "@SUM(A1:A2)"),
            Arrays.asList("北京数据中心", "-5", null),
            Arrays.asList("O'Brien", "'quoted", "plain"));

    @Test
    void csvCellsThatWouldRunAsFormulasGetALeadingApostrophe() throws Exception {
        String csv = csv();

        assertThat(csv).startsWith("\uFEFFname,phone,note");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", "'+86 10 6552 0000",
                "'@SUM(A1:A2)", "'-5");
        assertThat(csv).doesNotContain(",=HYPERLINK", "\n=HYPERLINK", ",+86");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void whatIsExportedReadsBackUnchanged(ExportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetWriter.write(format, "sheet", HEADER, ROWS, out);

        SpreadsheetReader.Table table = SpreadsheetReader.read("export." + format.extension(), out.toByteArray());

        assertThat(table.header()).isEqualTo(HEADER);
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(0).cells()).containsExactly(ROWS.get(0).toArray(String[]::new));
        assertThat(table.rows().get(1).cell(0)).isEqualTo("北京数据中心");
        assertThat(table.rows().get(1).cell(1)).isEqualTo("-5");
        // an apostrophe the user typed before anything but a formula character stays
        assertThat(table.rows().get(2).cells()).startsWith("O'Brien", "'quoted");
    }

    @Test
    void formatsParseCaseInsensitivelyAndDefaultToCsv() {
        assertThat(ExportFormat.parse(null)).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.parse(" xlsx ")).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportFormat.XLSX.extension()).isEqualTo("xlsx");
    }

    private static String csv() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetWriter.write(ExportFormat.CSV, "sheet", HEADER, ROWS, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
