package io.vigil.compliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.compliance.internal.Audit;
import io.vigil.compliance.internal.AuditFinding;
import io.vigil.compliance.internal.AuditProgrammeService;
import io.vigil.compliance.internal.CorrectiveAction;
import io.vigil.shared.web.PageResponse;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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

    static final String READ = "hasAnyAuthority('compliance:read', 'compliance:engagement')";

    record AuditRequest(String title, Audit.Type type, UUID orgUnitId, String scope, UUID frameworkId,
            String auditors, String plan, Set<UUID> externalAuditorIds, LocalDate plannedStart, LocalDate plannedEnd,
            Audit.Status status, Long version) {

        AuditProgrammeService.AuditData data() {
            return new AuditProgrammeService.AuditData(title, type, orgUnitId, scope, frameworkId, auditors, plan,
                    externalAuditorIds, plannedStart, plannedEnd);
        }
    }

    record ActionResponse(UUID id, UUID findingId, String rootCause, String action, UUID ownerId, LocalDate dueOn,
            CorrectiveAction.Status status, LocalDate implementedOn, String implementationNote, String verification,
            Boolean effective, LocalDate closedOn, long version) {

        static ActionResponse of(CorrectiveAction a) {
            return new ActionResponse(a.id(), a.findingId(), a.rootCause(), a.action(), a.ownerId(), a.dueOn(),
                    a.status(), a.implementedOn(), a.implementationNote(), a.verification(), a.effective(),
                    a.closedOn(), a.version());
        }
    }

    /** A finding; {@code rootCause … dueOn} repeat its first corrective action for clients of the one-action API. */
    record FindingResponse(UUID id, UUID auditId, AuditFinding.Severity severity, String title, String description,
            UUID requirementId, String rootCause, String action, UUID ownerId, LocalDate dueOn, AuditFinding.Status status,
            String verification, LocalDate closedOn, List<ActionResponse> actions, long version) {

        static FindingResponse of(AuditFinding f, List<CorrectiveAction> actions) {
            CorrectiveAction first = actions.isEmpty() ? null : actions.get(0);
            return new FindingResponse(f.id(), f.auditId(), f.severity(), f.title(), f.description(), f.requirementId(),
                    first == null ? null : first.rootCause(), first == null ? null : first.action(),
                    first == null ? null : first.ownerId(), first == null ? null : first.dueOn(), f.status(),
                    f.verification(), f.closedOn(), actions.stream().map(ActionResponse::of).toList(), f.version());
        }
    }

    record AuditResponse(UUID id, String title, Audit.Type type, UUID orgUnitId, String scope, UUID frameworkId,
            String auditors, String plan, Set<UUID> externalAuditorIds, LocalDate plannedStart, LocalDate plannedEnd,
            Audit.Status status, List<FindingResponse> findings, long version) {
    }

    record FindingRequest(AuditFinding.Severity severity, String title, String description, UUID requirementId) {
    }

    record ActionRequest(String rootCause, String action, UUID ownerId, LocalDate dueOn, Long version) {

        AuditProgrammeService.ActionData data() {
            return new AuditProgrammeService.ActionData(rootCause, action, ownerId, dueOn);
        }
    }

    record ImplementedRequest(String note, Long version) {
    }

    record VerifyRequest(String verification, Boolean effective, Long version) {
    }

    record CloseRequest(String verification, Long version) {
    }

    private final AuditProgrammeService audits;

    ComplianceAuditApiController(AuditProgrammeService audits) {
        this.audits = audits;
    }

    private AuditResponse response(Audit a, List<AuditProgrammeService.FindingView> findings) {
        return new AuditResponse(a.id(), a.title(), a.type(), a.orgUnitId(), a.scope(), a.frameworkId(), a.auditors(),
                a.plan(), a.externalAuditorIds(), a.plannedStart(), a.plannedEnd(), a.status(),
                findings.stream().map(v -> FindingResponse.of(v.finding(), v.actions())).toList(), a.version());
    }

    private FindingResponse finding(AuditFinding f) {
        return audits.findingViews(f.auditId()).stream().filter(v -> v.finding().id().equals(f.id())).findFirst()
                .map(v -> FindingResponse.of(v.finding(), v.actions())).orElseThrow();
    }

    @GetMapping("/api/v1/audits")
    @PreAuthorize(READ)
    @Operation(summary = "Audits of the caller's units, plus those naming the caller as external auditor while open")
    PageResponse<AuditResponse> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(audits.list(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                Sort.by("plannedStart").descending())), a -> response(a, List.of()));
    }

    @GetMapping("/api/v1/audits/{id}")
    @PreAuthorize(READ)
    AuditResponse get(@PathVariable UUID id) {
        return response(audits.get(id), audits.findingViews(id));
    }

    @PostMapping("/api/v1/audits")
    @PreAuthorize("hasAuthority('compliance:write')")
    @Operation(summary = "Plan an audit of the programme")
    ResponseEntity<AuditResponse> plan(@RequestBody AuditRequest r) {
        Audit a = audits.plan(r.data());
        return ResponseEntity.created(URI.create("/api/v1/audits/" + a.id())).body(response(a, List.of()));
    }

    @PutMapping("/api/v1/audits/{id}")
    @PreAuthorize("hasAuthority('compliance:write')")
    @Operation(summary = "Edit an audit (plan, scope, dates, auditors, external auditors, status)")
    AuditResponse update(@PathVariable UUID id, @RequestBody AuditRequest r) {
        audits.update(id, r.data(), r.status(), r.version() == null ? -1 : r.version());
        return get(id);
    }

    @PostMapping("/api/v1/audits/{id}/findings")
    @PreAuthorize("hasAuthority('compliance:write')")
    ResponseEntity<FindingResponse> finding(@PathVariable UUID id, @RequestBody FindingRequest r) {
        return ResponseEntity.status(HttpStatus.CREATED).body(finding(
                audits.record(id, r.severity(), r.title(), r.description(), r.requirementId())));
    }

    @PutMapping("/api/v1/audit-findings/{id}/action")
    @PreAuthorize("hasAuthority('compliance:write')")
    @Operation(summary = "Plan (or re-plan) the finding's first corrective action; opens its task")
    FindingResponse action(@PathVariable UUID id, @RequestBody ActionRequest r) {
        return finding(audits.planAction(id, r.rootCause(), r.action(), r.ownerId(), r.dueOn(),
                r.version() == null ? -1 : r.version()));
    }

    @PostMapping("/api/v1/audit-findings/{id}/actions")
    @PreAuthorize("hasAuthority('compliance:write')")
    @Operation(summary = "Add a corrective action (root cause, action, owner, due) to a finding; opens its task")
    ResponseEntity<ActionResponse> addAction(@PathVariable UUID id, @RequestBody ActionRequest r) {
        return ResponseEntity.status(HttpStatus.CREATED).body(ActionResponse.of(audits.addAction(id, r.data())));
    }

    @PutMapping("/api/v1/corrective-actions/{id}")
    @PreAuthorize("hasAuthority('compliance:write')")
    ActionResponse updateAction(@PathVariable UUID id, @RequestBody ActionRequest r) {
        return ActionResponse.of(audits.updateAction(id, r.data(), r.version() == null ? -1 : r.version()));
    }

    @PostMapping("/api/v1/corrective-actions/{id}/implemented")
    @PreAuthorize("hasAuthority('compliance:write')")
    @Operation(summary = "Report a corrective action implemented; fulfils its task (409 unless OPEN)")
    ActionResponse implemented(@PathVariable UUID id, @RequestBody ImplementedRequest r) {
        return ActionResponse.of(audits.implemented(id, r.note(), r.version() == null ? -1 : r.version()));
    }

    @PostMapping("/api/v1/corrective-actions/{id}/verify")
    @PreAuthorize("hasAuthority('compliance:write')")
    @Operation(summary = "Verify effectiveness: effective closes the action, not effective reopens it (409 unless IMPLEMENTED)")
    ActionResponse verify(@PathVariable UUID id, @RequestBody VerifyRequest r) {
        return ActionResponse.of(audits.verify(id, r.verification(), r.effective() == null || r.effective(),
                r.version() == null ? -1 : r.version()));
    }

    @PostMapping("/api/v1/audit-findings/{id}/close")
    @PreAuthorize("hasAuthority('compliance:write')")
    @Operation(summary = "Close a finding after verifying its actions' effectiveness; closes open actions and their tasks")
    FindingResponse close(@PathVariable UUID id, @RequestBody CloseRequest r) {
        return finding(audits.close(id, r.verification(), r.version() == null ? -1 : r.version()));
    }
}
