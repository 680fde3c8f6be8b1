package io.vigil.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SpreadsheetReaderTests {

    @Test
    void csvLinesAreTheLinesOfTheFileEvenAfterBlankLinesAndMultiLineCells() throws Exception {
        String csv = "\uFEFFemployee_number,name\r\nE1,\"张\r\n伟\"\r\n\r\nE2,李娜\r\nE3,王芳";

        SpreadsheetReader.Table table = SpreadsheetReader.read("a.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(table.header()).containsExactly("employee_number", "name");
        assertThat(table.rows()).extracting(SpreadsheetReader.Line::number).containsExactly(2, 5, 6);
        assertThat(table.rows().get(0).cell(1)).isEqualTo("张\r\n伟");
        assertThat(table.rows().get(2).cell(5)).isEmpty();
    }

    @Test
    void nonUtf8TextIsReportedNotGarbled() {
        byte[] gbk = "工号,姓名\n".getBytes(java.nio.charset.Charset.forName("GBK"));

        assertThatThrownBy(() -> SpreadsheetReader.read("gbk.csv", gbk))
                .isInstanceOf(SpreadsheetReader.UnreadableFileException.class)
                .extracting(e -> ((SpreadsheetReader.UnreadableFileException) e).reason().messageKey("people.import.error"))
                .isEqualTo("people.import.error.encoding");
    }

    @Test
    void aDamagedWorkbookIsReported() {
        assertThatThrownBy(() -> SpreadsheetReader.read("x.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2}))
                .isInstanceOf(SpreadsheetReader.UnreadableFileException.class);
    }
}
