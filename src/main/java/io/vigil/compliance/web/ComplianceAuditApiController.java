package io.vigil.compliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.compliance.internal.Audit;
import io.vigil.compliance.internal.AuditProgrammeService;
import io.vigil.compliance.internal.AuditFinding;
import io.vigil.shared.web.PageResponse;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Compliance")
class ComplianceAuditApiController {

    record AuditRequest(String title, Audit.Type type, UUID orgUnitId, String scope, UUID frameworkId,
            String auditors, LocalDate plannedStart, LocalDate plannedEnd) {
    }

    record FindingResponse(UUID id, UUID auditId, AuditFinding.Severity severity, String title, String description,
            UUID requirementId, String rootCause, String action, UUID ownerId, LocalDate dueOn, AuditFinding.Status status,
            String verification, LocalDate closedOn, long version) {

        static FindingResponse of(AuditFinding f) {
            return new FindingResponse(f.id(), f.auditId(), f.severity(), f.title(), f.description(), f.requirementId(),
                    f.rootCause(), f.action(), f.ownerId(), f.dueOn(), f.status(), f.verification(), f.closedOn(),
                    f.version());
        }
    }

    record AuditResponse(UUID id, String title, Audit.Type type, UUID orgUnitId, String scope, UUID frameworkId,
            String auditors, LocalDate plannedStart, LocalDate plannedEnd, Audit.Status status,
            List<FindingResponse> findings, long version) {
    }

    record FindingRequest(AuditFinding.Severity severity, String title, String description, UUID requirementId) {
    }

    record ActionRequest(String rootCause, String action, UUID ownerId, LocalDate dueOn, Long version) {
    }

    record CloseRequest(String verification, Long version) {
    }

    private final AuditProgrammeService audits;

    ComplianceAuditApiController(AuditProgrammeService audits) {
        this.audits = audits;
    }

    private AuditResponse response(Audit a, List<AuditFinding> findings) {
        return new AuditResponse(a.id(), a.title(), a.type(), a.orgUnitId(), a.scope(), a.frameworkId(), a.auditors(),
                a.plannedStart(), a.plannedEnd(), a.status(), findings.stream().map(FindingResponse::of).toList(),
                a.version());
    }

    @GetMapping("/api/v1/audits")
    @PreAuthorize("hasAuthority('compliance:read')")
    PageResponse<AuditResponse> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(audits.list(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                Sort.by("plannedStart").descending())), a -> response(a, List.of()));
    }

    @GetMapping("/api/v1/audits/{id}")
    @PreAuthorize("hasAuthority('compliance:read')")
    AuditResponse get(@PathVariable UUID id) {
        return response(audits.get(id), audits.findings(id));
    }

    @PostMapping("/api/v1/audits")
    @PreAuthorize("hasAuthority('compliance:write')")
    @Operation(summary = "Plan an audit of the programme")
    ResponseEntity<AuditResponse> plan(@RequestBody AuditRequest r) {
        Audit a = audits.plan(new AuditProgrammeService.AuditData(r.title(), r.type(), r.orgUnitId(), r.scope(),
                r.frameworkId(), r.auditors(), r.plannedStart(), r.plannedEnd()));
        return ResponseEntity.created(URI.create("/api/v1/audits/" + a.id())).body(response(a, List.of()));
    }

    @PostMapping("/api/v1/audits/{id}/findings")
    @PreAuthorize("hasAuthority('compliance:write')")
    ResponseEntity<FindingResponse> finding(@PathVariable UUID id, @RequestBody FindingRequest r) {
        return ResponseEntity.status(HttpStatus.CREATED).body(FindingResponse.of(
                audits.record(id, r.severity(), r.title(), r.description(), r.requirementId())));
    }

    @PutMapping("/api/v1/audit-findings/{id}/action")
    @PreAuthorize("hasAuthority('compliance:write')")
    @Operation(summary = "Plan the corrective action (root cause, action, owner, due); opens its task")
    FindingResponse action(@PathVariable UUID id, @RequestBody ActionRequest r) {
        return FindingResponse.of(audits.planAction(id, r.rootCause(), r.action(), r.ownerId(), r.dueOn(),
                r.version() == null ? -1 : r.version()));
    }

    @PostMapping("/api/v1/audit-findings/{id}/close")
    @PreAuthorize("hasAuthority('compliance:write')")
    @Operation(summary = "Close a finding after verifying the action's effectiveness; closes its task")
    FindingResponse close(@PathVariable UUID id, @RequestBody CloseRequest r) {
        return FindingResponse.of(audits.close(id, r.verification(), r.version() == null ? -1 : r.version()));
    }
}
