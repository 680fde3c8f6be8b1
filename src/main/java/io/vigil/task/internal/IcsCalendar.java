package io.vigil.task.internal;

import io.vigil.task.TaskView;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes tasks as an RFC 5545 iCalendar: one all-day VEVENT per task on its due date. Lines end in
 * CRLF, are folded at 75 octets, and text values are escaped, as the RFC requires.
 */
final class IcsCalendar {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private IcsCalendar() {
    }

    static String write(String calendarName, List<TaskView> tasks, Instant now, String baseUrl) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Vigil//Tasks and obligations//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(calendarName));
        for (TaskView task : tasks) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:task-" + task.id() + "@vigil");
            line(out, "DTSTAMP:" + STAMP.format(now));
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(task.dueDate()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(task.dueDate().plusDays(1)));
            line(out, "SUMMARY:" + escape(task.title()));
            if (task.description() != null && !task.description().isBlank()) {
                line(out, "DESCRIPTION:" + escape(task.description()));
            }
            line(out, "CATEGORIES:" + escape(task.kind()));
            line(out, "STATUS:" + (task.status().isActive() ? "CONFIRMED" : "CANCELLED"));
            if (task.related() != null && task.related().link() != null && baseUrl != null) {
                line(out, "URL:" + baseUrl + task.related().link());
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** RFC 5545 §3.1: lines longer than 75 octets continue on the next line after CRLF and a space. */
    static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            out.append(content).append("\r\n");
            return;
        }
        int octets = 0;
        int limit = 75;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            String ch = new String(Character.toChars(codePoint));
            int size = ch.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(current).append("\r\n ");
                current.setLength(0);
                octets = 0;
                limit = 74; // the leading space of a continuation line counts
            }
            current.append(ch);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(current).append("\r\n");
    }
}
