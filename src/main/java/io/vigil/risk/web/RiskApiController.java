package io.vigil.risk.web;

import io.vigil.shared.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.risk.RiskLevel;
import io.vigil.risk.RiskStatus;
import io.vigil.risk.Treatment;
import io.vigil.risk.internal.AssetView;
import io.vigil.risk.internal.JsonInput;
import io.vigil.risk.internal.RiskData;
import io.vigil.risk.internal.RiskFilter;
import io.vigil.risk.internal.RiskInput;
import io.vigil.risk.internal.RiskMatrix;
import io.vigil.risk.internal.RiskPlanItem;
import io.vigil.risk.internal.RiskScoreRecord;
import io.vigil.risk.internal.RiskService;
import io.vigil.risk.internal.RiskView;
import io.vigil.risk.internal.Threat;
import io.vigil.risk.internal.ThreatCatalogue;
import io.vigil.shared.web.ListQuery;
import io.vigil.shared.web.PageResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/risks")
@Tag(name = "Risks")
class RiskApiController {

    static final Set<String> SORTABLE = Set.of("code", "title", "inherentScore", "residualScore", "status",
            "treatment", "nextReviewOn", "updatedAt", "createdAt");

    record RiskResponse(UUID id, String code, String title, String description, UUID orgUnitId, String orgUnitCode,
            String threatCode, String threatCategory, String vulnerability, String existingControls,
            int inherentLikelihood, int inherentImpact, int inherentScore, RiskLevel inherentLevel,
            int residualLikelihood, int residualImpact, int residualScore, RiskLevel residualLevel,
            UUID ownerUserId, String ownerName, Treatment treatment, RiskStatus status, UUID acceptedBy,
            Instant acceptedAt, LocalDate acceptanceExpiresOn, String acceptanceJustification,
            boolean acceptanceExpired, LocalDate nextReviewOn, LocalDate lastReviewedOn, boolean reviewOverdue,
            List<AssetView.AssetRef> assets, Instant createdAt, Instant updatedAt, long version) {

        static RiskResponse of(RiskView r) {
            return new RiskResponse(r.id(), r.code(), r.title(), r.description(), r.orgUnit().id(), r.orgUnit().code(),
                    r.threat().code(), r.threat().category(), r.vulnerability(), r.existingControls(),
                    r.inherentLikelihood(), r.inherentImpact(), r.inherentScore(), r.inherentLevel(),
                    r.residualLikelihood(), r.residualImpact(), r.residualScore(), r.residualLevel(),
                    r.owner() == null ? null : r.owner().id(), r.owner() == null ? null : r.owner().displayName(),
                    r.treatment(), r.status(), r.acceptedBy() == null ? null : r.acceptedBy().id(), r.acceptedAt(),
                    r.acceptanceExpiresOn(), r.acceptanceJustification(), r.acceptanceExpired(), r.nextReviewOn(),
                    r.lastReviewedOn(), r.reviewOverdue(), r.assets(), r.createdAt(), r.updatedAt(), r.version());
        }
    }

    record PlanItemResponse(UUID id, String title, UUID ownerUserId, LocalDate dueDate, String status, UUID taskId,
            Instant completedAt) {

        static PlanItemResponse of(RiskPlanItem i) {
            return new PlanItemResponse(i.getId(), i.getTitle(), i.getOwnerUserId(), i.getDueDate(), i.getStatus(),
                    i.getTaskId(), i.getCompletedAt());
        }
    }

    record ScoreResponse(Instant recordedAt, String recordedBy, String reason, int inherentLikelihood,
            int inherentImpact, int inherentScore, int residualLikelihood, int residualImpact, int residualScore,
            String note) {

        static ScoreResponse of(RiskScoreRecord s) {
            return new ScoreResponse(s.getRecordedAt(), s.getRecordedBy(), s.getReason(), s.getInherentLikelihood(),
                    s.getInherentImpact(), s.getInherentScore(), s.getResidualLikelihood(), s.getResidualImpact(),
                    s.getResidualScore(), s.getNote());
        }
    }

    record HeatMapResponse(String matrix, int likelihoodLevels, int impactLevels, long[][] counts) {
    }

    private final RiskService risks;
    private final ThreatCatalogue threats;
    private final RiskMatrix matrix;

    RiskApiController(RiskService risks, ThreatCatalogue threats, RiskMatrix matrix) {
        this.risks = risks;
        this.threats = threats;
        this.matrix = matrix;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('risk:read')")
    @Operation(summary = "Risks in the caller's units; level is the residual level")
    PageResponse<RiskResponse> list(@RequestParam(required = false) RiskLevel level,
            @RequestParam(required = false) RiskStatus status, @RequestParam(required = false) UUID owner,
            @RequestParam(required = false) UUID asset, @RequestParam(required = false) Treatment treatment,
            @RequestParam(required = false) UUID orgUnit, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            HttpServletRequest request) {
        String[] sort = request.getParameterValues("sort");
        var pageable = ListQuery.pageRequest(page, size, sort == null ? List.of() : List.of(sort),
                Sort.by(Sort.Direction.DESC, "residualScore").and(Sort.by("code")), SORTABLE);
        return PageResponse.of(risks.list(new RiskFilter(level, status, owner, asset, treatment, orgUnit, q, null, null,
                null), pageable), RiskResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('risk:read')")
    @Operation(summary = "One risk; the ETag is its version")
    ResponseEntity<RiskResponse> get(@PathVariable UUID id) {
        RiskView risk = risks.get(id);
        return ResponseEntity.ok().eTag(String.valueOf(risk.version())).body(RiskResponse.of(risk));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('risk:write')")
    @Operation(summary = "Register a risk; residual likelihood/impact default to the inherent ones")
    ResponseEntity<RiskResponse> create(@RequestBody Map<String, Object> body) {
        RiskView created = risks.create(RiskInput.merge(RiskData.empty(), body).data());
        return ResponseEntity.created(URI.create("/api/v1/risks/" + created.id()))
                .eTag(String.valueOf(created.version())).body(RiskResponse.of(created));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAuthority('risk:write')")
    @Operation(summary = "Change some fields; send If-Match or a version field (stale → 409)")
    ResponseEntity<RiskResponse> update(@PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody Map<String, Object> body) {
        RiskInput.Parsed patch = RiskInput.merge(risks.get(id).toData(), body);
        RiskView updated = risks.update(id, Versions.expected(ifMatch, patch.version()), patch.data());
        return ResponseEntity.ok().eTag(String.valueOf(updated.version())).body(RiskResponse.of(updated));
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasAuthority('risk:approve')")
    @Operation(summary = "Accept the residual risk ({justification, expiresOn, version}); 403 when the approver's "
            + "authority does not match the risk level or appetite")
    ResponseEntity<RiskResponse> accept(@PathVariable UUID id, @RequestBody Map<String, Object> body) {
        JsonInput in = new JsonInput(body, List.of("justification", "expiresOn", "version"));
        String justification = in.text("justification", null);
        LocalDate expiresOn = in.date("expiresOn", null);
        Long version = in.version();
        in.throwIfAny();
        RiskView accepted = risks.accept(id, Versions.expected(null, version), justification, expiresOn);
        return ResponseEntity.ok().eTag(String.valueOf(accepted.version())).body(RiskResponse.of(accepted));
    }

    @PostMapping("/{id}/review")
    @PreAuthorize("hasAuthority('risk:write')")
    @Operation(summary = "Record a periodic review ({residualLikelihood?, residualImpact?, note, version})")
    ResponseEntity<RiskResponse> review(@PathVariable UUID id, @RequestBody Map<String, Object> body) {
        JsonInput in = new JsonInput(body, List.of("residualLikelihood", "residualImpact", "note", "version"));
        Integer likelihood = in.integer("residualLikelihood", null);
        Integer impact = in.integer("residualImpact", null);
        String note = in.text("note", null);
        Long version = in.version();
        in.throwIfAny();
        RiskView reviewed = risks.review(id, Versions.expected(null, version), likelihood, impact, note);
        return ResponseEntity.ok().eTag(String.valueOf(reviewed.version())).body(RiskResponse.of(reviewed));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAuthority('risk:write')")
    @Operation(summary = "Close a risk that no longer exists ({version})")
    RiskResponse close(@PathVariable UUID id, @RequestBody Map<String, Object> body) {
        JsonInput in = new JsonInput(body, List.of("version"));
        Long version = in.version();
        in.throwIfAny();
        return RiskResponse.of(risks.close(id, Versions.expected(null, version)));
    }

    @GetMapping("/{id}/plan")
    @PreAuthorize("hasAuthority('risk:read')")
    @Operation(summary = "The treatment plan")
    List<PlanItemResponse> plan(@PathVariable UUID id) {
        return risks.plan(id).stream().map(PlanItemResponse::of).toList();
    }

    @PostMapping("/{id}/plan")
    @PreAuthorize("hasAuthority('risk:write')")
    @Operation(summary = "Add a treatment action ({title, ownerUserId, dueDate}); it becomes a task of its owner")
    ResponseEntity<PlanItemResponse> addPlanItem(@PathVariable UUID id, @RequestBody Map<String, Object> body) {
        JsonInput in = new JsonInput(body, List.of("title", "ownerUserId", "dueDate"));
        String title = in.text("title", null);
        UUID owner = in.uuid("ownerUserId", null);
        LocalDate due = in.date("dueDate", null);
        in.throwIfAny();
        RiskPlanItem item = risks.addPlanItem(id, title, owner, due);
        return ResponseEntity.status(201).body(PlanItemResponse.of(item));
    }

    @PostMapping("/{id}/plan/{itemId}/complete")
    @PreAuthorize("hasAuthority('risk:write')")
    @Operation(summary = "Mark a treatment action done (its task closes too)")
    PlanItemResponse completePlanItem(@PathVariable UUID id, @PathVariable UUID itemId) {
        return PlanItemResponse.of(risks.completePlanItem(id, itemId));
    }

    @GetMapping("/{id}/scores")
    @PreAuthorize("hasAuthority('risk:read')")
    @Operation(summary = "The history of scores, newest first")
    List<ScoreResponse> scores(@PathVariable UUID id) {
        return risks.scoreHistory(id).stream().map(ScoreResponse::of).toList();
    }

    @GetMapping("/heatmap")
    @PreAuthorize("hasAuthority('risk:read')")
    @Operation(summary = "Counts per matrix cell, counts[likelihood-1][impact-1], of open risks (matrix=inherent|residual)")
    HeatMapResponse heatMap(@RequestParam(defaultValue = "residual") String matrix) {
        boolean residual = !"inherent".equals(matrix);
        return new HeatMapResponse(residual ? "residual" : "inherent", this.matrix.likelihoodLevels(),
                this.matrix.impactLevels(), risks.heatMap(residual));
    }

    @GetMapping("/top")
    @PreAuthorize("hasAuthority('risk:read')")
    @Operation(summary = "The highest residual risks (default 10)")
    List<RiskResponse> top(@RequestParam(defaultValue = "10") int count) {
        return risks.top(Math.max(1, Math.min(count, 100))).stream().map(RiskResponse::of).toList();
    }

    @GetMapping("/threats")
    @PreAuthorize("hasAuthority('risk:read')")
    @Operation(summary = "The threat catalogue")
    List<Threat> threats() {
        return threats.all();
    }
}
