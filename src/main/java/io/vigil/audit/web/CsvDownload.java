package io.vigil.audit.web;

import io.vigil.audit.internal.AuditCsvExport;
import io.vigil.audit.internal.AuditFilter;
import io.vigil.shared.web.VigilException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Streams an export as a file download, for the API and the page alike. */
@Component
class CsvDownload {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final AuditCsvExport export;
    private final Clock clock;

    CsvDownload(AuditCsvExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    static void requireCsv(String format) {
        if (!"csv".equalsIgnoreCase(format)) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "invalid-parameter", "audit.export.format", format);
        }
    }

    void send(AuditFilter filter, HttpServletResponse response) throws IOException {
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("audit-events-" + STAMP.format(clock.instant()) + ".csv").build().toString());
        export.write(filter, response.getWriter());
        response.getWriter().flush();
    }
}
