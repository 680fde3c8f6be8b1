package io.vigil.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.audit.ChainVerification;
import io.vigil.audit.internal.AuditEventSearch;
import io.vigil.audit.internal.AuditFilter;
import io.vigil.audit.internal.AuditVerification;
import io.vigil.shared.web.PageResponse;
import io.vigil.shared.web.VigilException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAuthority('audit:read')")
@Tag(name = "Audit trail")
class AuditApiController {

    private final AuditEventSearch search;
    private final AuditVerification verification;
    private final CsvDownload download;

    AuditApiController(AuditEventSearch search, AuditVerification verification, CsvDownload download) {
        this.search = search;
        this.verification = verification;
        this.download = download;
    }

    @GetMapping("/events")
    @Operation(summary = "Audit events of the org units you may see (and of no unit), newest first by default")
    PageResponse<AuditEventResponse> events(@RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @PageableDefault(size = 50, sort = "seq", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(search.search(filter(entityType, entityId, actor, action, from, to), pageable),
                AuditEventResponse::of);
    }

    @GetMapping("/events/export")
    @Operation(summary = "The filtered events as CSV (newest first); the export is itself audited")
    void export(@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, HttpServletResponse response) throws IOException {
        CsvDownload.requireCsv(format);
        download.send(filter(entityType, entityId, actor, action, from, to), response);
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute the whole hash chain and report the first event that does not check out")
    ChainVerification verify() {
        return verification.verify();
    }

    private static AuditFilter filter(String entityType, String entityId, String actor, String action, Instant from,
            Instant to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "invalid-parameter", "audit.filter.range");
        }
        return new AuditFilter(entityType, entityId, actor, action, from, to);
    }
}
