package io.vigil.compliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.compliance.ComplianceStatus;
import io.vigil.compliance.internal.Assessment;
import io.vigil.compliance.internal.AssessmentEntry;
import io.vigil.compliance.internal.AssessmentService;
import io.vigil.compliance.internal.SoaExporter;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.web.PageResponse;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/assessments")
@Tag(name = "Compliance")
class AssessmentApiController {

    record CreateRequest(UUID frameworkId, String name, String scope, UUID orgUnitId) {
    }

    record Summary(UUID id, UUID frameworkId, String name, String scope, UUID orgUnitId, Instant updatedAt,
            long version) {

        static Summary of(Assessment a) {
            return new Summary(a.id(), a.frameworkId(), a.name(), a.scope(), a.orgUnitId(), a.updatedAt(), a.version());
        }
    }

    record ControlRef(UUID id, String code, String lastResult, boolean flagged) {
    }

    record LineResponse(UUID requirementId, UUID parentId, String ref, String title, int depth, boolean assessable,
            ComplianceStatus status, boolean derived, String reason, List<ControlRef> controls, boolean flagged,
            boolean applicable, String justification, AssessmentEntry.Implementation implementation,
            long entryVersion) {
    }

    record AssessmentResponse(UUID id, UUID frameworkId, String frameworkCode, String name, String scope,
            UUID orgUnitId, int requirementCount, int percentAssessed, Map<ComplianceStatus, Integer> counts,
            int gaps, List<LineResponse> requirements, long version) {
    }

    record OverrideRequest(ComplianceStatus status, String reason, Long version) {
    }

    record ApplicabilityRequest(boolean applicable, String justification,
            AssessmentEntry.Implementation implementation, Long version) {
    }

    record EntryResponse(UUID requirementId, ComplianceStatus status, String reason, boolean applicable,
            String justification, AssessmentEntry.Implementation implementation, long version) {

        static EntryResponse of(AssessmentEntry e) {
            return new EntryResponse(e.requirementId(), e.status(), e.reason(), e.applicable(), e.justification(),
                    e.implementation(), e.version());
        }
    }

    private final AssessmentService assessments;
    private final io.vigil.compliance.internal.AuditProgrammeService audits;
    private final ApplicationEventPublisher events;

    AssessmentApiController(AssessmentService assessments, io.vigil.compliance.internal.AuditProgrammeService audits,
            ApplicationEventPublisher events) {
        this.assessments = assessments;
        this.audits = audits;
        this.events = events;
    }

    record GapsResponse(UUID auditId, int findings) {
    }

    @PostMapping("/{id}/gaps")
    @PreAuthorize("hasAuthority('compliance:write')")
    @Operation(summary = "Turn the assessment's gaps into findings of a compliance audit (corrective actions)")
    ResponseEntity<GapsResponse> gaps(@PathVariable UUID id) {
        var view = assessments.view(id);
        var audit = audits.fromGaps(view);
        return ResponseEntity.created(URI.create("/api/v1/audits/" + audit.id()))
                .body(new GapsResponse(audit.id(), view.gaps().size()));
    }

    @GetMapping
    @PreAuthorize(ComplianceAuditApiController.READ)
    PageResponse<Summary> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(assessments.list(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                Sort.by("name"))), Summary::of);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('compliance:write')")
    ResponseEntity<Summary> create(@RequestBody CreateRequest r) {
        Assessment a = assessments.create(r.frameworkId(), r.name(), r.scope(), r.orgUnitId());
        return ResponseEntity.created(URI.create("/api/v1/assessments/" + a.id())).body(Summary.of(a));
    }

    @GetMapping("/{id}")
    @PreAuthorize(ComplianceAuditApiController.READ)
    @Operation(summary = "An assessment with every requirement's status (derived or overridden) and progress")
    AssessmentResponse get(@PathVariable UUID id) {
        var v = assessments.view(id);
        var locale = LocaleContextHolder.getLocale();
        var lines = v.lines().stream().map(l -> new LineResponse(l.requirement().id(), l.requirement().parentId(),
                l.requirement().ref(), l.requirement().displayTitle(locale), l.requirement().depth(),
                l.requirement().assessable(), l.status(), l.derived(), l.reason(),
                l.controls().stream().map(c -> new ControlRef(c.id(), c.code(),
                        c.lastResult() == null ? null : c.lastResult().name(), c.flagged())).toList(),
                l.flagged(), l.applicable(), l.justification(), l.implementation(), l.entryVersion())).toList();
        var a = v.assessment();
        return new AssessmentResponse(a.id(), a.frameworkId(), v.framework().code(), a.name(), a.scope(),
                a.orgUnitId(), v.assessable(), v.percentAssessed(), v.counts(), v.gaps().size(), lines, a.version());
    }

    @PutMapping("/{id}/requirements/{requirementId}/status")
    @PreAuthorize("hasAuthority('compliance:write')")
    @Operation(summary = "Override a requirement's derived status (reason required); a null status clears it")
    EntryResponse override(@PathVariable UUID id, @PathVariable UUID requirementId, @RequestBody OverrideRequest r) {
        return EntryResponse.of(assessments.override(id, requirementId, r.status(), r.reason(), r.version()));
    }

    @PutMapping("/{id}/requirements/{requirementId}/applicability")
    @PreAuthorize("hasAuthority('compliance:write')")
    @Operation(summary = "Statement of Applicability: applicability, justification and implementation status")
    EntryResponse applicability(@PathVariable UUID id, @PathVariable UUID requirementId,
            @RequestBody ApplicabilityRequest r) {
        return EntryResponse.of(assessments.applicability(id, requirementId, r.applicable(), r.justification(),
                r.implementation(), r.version()));
    }

    @GetMapping(value = "/{id}/oscal", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ComplianceAuditApiController.READ)
    @Operation(summary = "The assessment's results as an OSCAL 1.1 assessment-results document")
    ResponseEntity<Map<String, Object>> oscal(@PathVariable UUID id) {
        Map<String, Object> doc = assessments.oscalResults(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("assessment-results-" + id + ".json").build().toString())
                .body(doc);
    }

    @GetMapping("/{id}/soa.xlsx")
    @PreAuthorize(ComplianceAuditApiController.READ)
    @Operation(summary = "Statement of Applicability (ISO/IEC 27001 Annex A) as XLSX")
    ResponseEntity<byte[]> soaXlsx(@PathVariable UUID id) {
        var v = assessments.view(id);
        byte[] body = SoaExporter.xlsx(SoaExporter.rows(v), v, LocaleContextHolder.getLocale());
        return download(v, body, "xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/{id}/soa.pdf")
    @PreAuthorize(ComplianceAuditApiController.READ)
    @Operation(summary = "Statement of Applicability (ISO/IEC 27001 Annex A) as PDF")
    ResponseEntity<byte[]> soaPdf(@PathVariable UUID id) {
        var v = assessments.view(id);
        byte[] body = SoaExporter.pdf(SoaExporter.rows(v), v, LocaleContextHolder.getLocale());
        return download(v, body, "pdf", MediaType.APPLICATION_PDF);
    }

    private ResponseEntity<byte[]> download(AssessmentService.AssessmentView v, byte[] body, String ext,
            MediaType type) {
        var a = v.assessment();
        events.publishEvent(AuditableEvent.of("EXPORTED", "Assessment", a.id(), a.orgUnitId(),
                "Statement of Applicability of " + a.name() + " exported as " + ext.toUpperCase()));
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("soa-" + a.scope().replaceAll("[^A-Za-z0-9_-]", "_") + "." + ext).build().toString())
                .body(body);
    }
}
