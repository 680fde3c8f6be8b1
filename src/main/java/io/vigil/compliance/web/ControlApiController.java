package io.vigil.compliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.compliance.ControlType;
import io.vigil.compliance.Freshness;
import io.vigil.compliance.TestFrequency;
import io.vigil.compliance.TestResult;
import io.vigil.compliance.internal.Control;
import io.vigil.compliance.internal.ControlData;
import io.vigil.compliance.internal.ControlService;
import io.vigil.compliance.internal.Evidence;
import io.vigil.shared.security.VigilPrincipal;
import io.vigil.shared.web.PageResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;
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
@RequestMapping("/api/v1/controls")
@Tag(name = "Compliance")
class ControlApiController {

    record ControlRequest(String code, String name, String description, UUID orgUnitId, UUID ownerId,
            ControlType type, TestFrequency frequency, List<UUID> requirementIds, List<UUID> assetIds,
            List<UUID> riskIds, Long version) {

        ControlData data() {
            return new ControlData(code, name, description, orgUnitId, ownerId, type, frequency, requirementIds,
                    assetIds, riskIds);
        }
    }

    record TestResponse(UUID id, LocalDate testedOn, UUID testerId, String method, TestResult result,
            UUID evidenceId, String notes) {
    }

    record EvidenceResponse(UUID id, Evidence.Kind kind, String title, String content, LocalDate collectedOn,
            LocalDate validUntil, Freshness freshness, String fileName, Long fileSize, String sha256,
            String downloadUrl) {
    }

    record ControlResponse(UUID id, String code, String name, String description, UUID orgUnitId, UUID ownerId,
            ControlType type, TestFrequency frequency, List<UUID> requirementIds, List<UUID> assetIds,
            List<UUID> riskIds, TestResult lastResult, LocalDate lastTestedOn, Freshness evidenceFreshness,
            boolean flagged, List<TestResponse> tests, List<EvidenceResponse> evidence, long version) {
    }

    record ControlSummary(UUID id, String code, String name, UUID orgUnitId, ControlType type,
            TestFrequency frequency, long version) {

        static ControlSummary of(Control c) {
            var d = c.data();
            return new ControlSummary(c.id(), c.code(), c.name(), c.orgUnitId(), d.type(), d.frequency(), c.version());
        }
    }

    private final ControlService controls;
    private final java.time.Clock clock;

    ControlApiController(ControlService controls, java.time.Clock clock) {
        this.controls = controls;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(ComplianceAuditApiController.READ)
    PageResponse<ControlSummary> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(controls.list(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                Sort.by("code"))), ControlSummary::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(ComplianceAuditApiController.READ)
    ControlResponse get(@PathVariable UUID id) {
        return response(id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('compliance:write')")
    @Operation(summary = "Create a control; opens its first test task")
    ResponseEntity<ControlResponse> create(@RequestBody ControlRequest request) {
        Control c = controls.create(request.data());
        return ResponseEntity.created(URI.create("/api/v1/controls/" + c.id())).body(response(c.id()));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('compliance:write')")
    ControlResponse update(@PathVariable UUID id, @RequestBody ControlRequest request) {
        controls.update(id, request.data(), request.version() == null ? -1 : request.version());
        return response(id);
    }

    record TestRequest(LocalDate testedOn, String method, TestResult result, UUID evidenceId, String notes) {
    }

    @PostMapping("/{id}/tests")
    @PreAuthorize("hasAuthority('compliance:write')")
    @Operation(summary = "Record a control test; closes the open test task and opens the next")
    ResponseEntity<ControlResponse> test(@PathVariable UUID id, @RequestBody TestRequest request) {
        UUID tester = VigilPrincipal.current().map(VigilPrincipal::userId).orElse(null);
        controls.recordTest(id, new ControlService.TestData(request.testedOn(), request.method(), request.result(),
                request.evidenceId(), request.notes()), tester);
        return ResponseEntity.status(HttpStatus.CREATED).body(response(id));
    }

    record EvidenceRequest(Evidence.Kind kind, String title, String content, LocalDate collectedOn,
            LocalDate validUntil) {
    }

    @PostMapping("/{id}/evidence")
    @PreAuthorize("hasAuthority('compliance:write')")
    ResponseEntity<EvidenceResponse> evidence(@PathVariable UUID id, @RequestBody EvidenceRequest request) {
        Evidence e = controls.addEvidence(id, new ControlService.EvidenceData(request.kind(), request.title(),
                request.content(), request.collectedOn(), request.validUntil()));
        return ResponseEntity.status(HttpStatus.CREATED).body(evidence(e));
    }

    @PostMapping(value = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('compliance:write')")
    @Operation(summary = "Upload a file as evidence (multipart: file, title, collectedOn, validUntil); kept with its SHA-256")
    ResponseEntity<EvidenceResponse> upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String title, @RequestParam(required = false) LocalDate collectedOn,
            @RequestParam(required = false) LocalDate validUntil) throws IOException {
        try (InputStream in = file.getInputStream()) {
            Evidence e = controls.addEvidenceFile(id, new ControlService.EvidenceData(Evidence.Kind.FILE,
                    title == null || title.isBlank() ? file.getOriginalFilename() : title,
                    null, collectedOn == null ? LocalDate.now(clock) : collectedOn, validUntil),
                    file.getOriginalFilename(), file.getContentType(), in);
            return ResponseEntity.status(HttpStatus.CREATED).body(evidence(e));
        }
    }

    private EvidenceResponse evidence(Evidence e) {
        return new EvidenceResponse(e.id(), e.kind(), e.title(), e.content(), e.collectedOn(), e.validUntil(),
                Freshness.of(e.validUntil(), LocalDate.now(clock)), e.fileName(), e.fileSize(), e.fileSha256(),
                e.fileId() == null ? null : "/api/v1/evidence/" + e.id() + "/file");
    }

    private ControlResponse response(UUID id) {
        var v = controls.view(id);
        var c = v.control();
        var d = c.data();
        return new ControlResponse(c.id(), d.code(), d.name(), d.description(), d.orgUnitId(), d.ownerId(), d.type(),
                d.frequency(), d.requirementIds(), d.assetIds(), d.riskIds(),
                v.lastTest().map(t -> t.result()).orElse(null), v.lastTest().map(t -> t.testedOn()).orElse(null),
                v.evidence(), v.flagged(),
                v.tests().stream().map(t -> new TestResponse(t.id(), t.testedOn(), t.testerId(), t.method(), t.result(),
                        t.evidenceId(), t.notes())).toList(),
                v.evidenceItems().stream().map(this::evidence).toList(), c.version());
    }
}
