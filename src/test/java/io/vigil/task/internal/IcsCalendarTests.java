package io.vigil.task.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.task.RelatedRecord;
import io.vigil.task.TaskPriority;
import io.vigil.task.TaskStatus;
import io.vigil.task.TaskView;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IcsCalendarTests {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000042");

    @Test
    void writesOneAllDayEventPerTaskWithCrlfLines() {
        String ics = IcsCalendar.write("Vigil", List.of(task("Monthly scan", null)),
                Instant.parse("2026-11-28T10:15:00Z"), "https://vigil.example");

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("UID:task-" + ID + "@vigil\r\n", "DTSTAMP:20261128T101500Z\r\n",
                "DTSTART;VALUE=DATE:20261201\r\n", "DTEND;VALUE=DATE:20261202\r\n", "SUMMARY:Monthly scan\r\n",
                "URL:https://vigil.example/calendar?month=2026-12\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void escapesTextValues() {
        assertThat(IcsCalendar.escape("a;b,c\\d\ne")).isEqualTo("a\\;b\\,c\\\\d\\ne");
    }

    @Test
    void foldsLongLinesAt75OctetsWithoutSplittingCharacters() {
        String title = "每月漏洞扫描".repeat(10);
        String ics = IcsCalendar.write("Vigil", List.of(task(title, null)), Instant.EPOCH, null);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + title + "\r\n");
    }

    private static TaskView task(String title, String description) {
        return new TaskView(ID, title, description, "VULNERABILITY_SCAN", UUID.randomUUID(), UUID.randomUUID(), null,
                new RelatedRecord("task", "ObligationPeriod", "1", "/calendar?month=2026-12"),
                LocalDate.parse("2026-12-01"), TaskPriority.HIGH, TaskStatus.OPEN, null, null, "system",
                Instant.EPOCH, 0);
    }
}
