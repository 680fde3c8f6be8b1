package io.vigil.supplier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.shared.web.ListQuery;
import io.vigil.shared.web.PageResponse;
import io.vigil.supplier.internal.AccessCaseFilter;
import io.vigil.supplier.internal.AccessCaseQueries;
import io.vigil.supplier.internal.AccessCaseRow;
import io.vigil.supplier.internal.AccessCaseService;
import io.vigil.supplier.internal.AccessCommitteeService;
import io.vigil.supplier.internal.AccessFunnel;
import io.vigil.supplier.internal.AccessObjectionView;
import io.vigil.supplier.internal.AccessShortlistService;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestParam;
import io.vigil.supplier.internal.AccessCaseView;
import io.vigil.supplier.internal.AccessStages;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Supplier access")
class AccessCaseApiController {

    record OpenCase(AccessStages.Kind kind, AccessStages.ExpressReason expressReason) {
    }

    record StageData(Map<String, String> data) {
    }

    record Declaration(boolean conflict, String note) {
    }

    record CatchUp(AccessStages.Stage stage, Map<String, String> data) {
    }

    record Announcement(LocalDate publishedOn, Integer objectionWindowDays) {
    }

    record NewObjection(String objector, String text, LocalDate raisedOn) {
    }

    record Resolution(String resolution) {
    }

    record NewVote(String vote, String reason) {
    }

    record Decision(AccessCommitteeService.Outcome outcome, String reason) {
    }

    static final List<String> SORTABLE = List.of("openedAt", "stage", "kind", "state");

    private final AccessCaseService cases;
    private final AccessShortlistService shortlist;
    private final AccessCommitteeService committee;
    private final AccessCaseQueries queries;

    AccessCaseApiController(AccessCaseService cases, AccessShortlistService shortlist,
            AccessCommitteeService committee, AccessCaseQueries queries) {
        this.cases = cases;
        this.shortlist = shortlist;
        this.committee = committee;
        this.queries = queries;
    }

    @GetMapping("/api/v1/access-cases")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "Access cases in the caller's units (filters: stage, kind, state, overdueCatchUp, owner, supplier)")
    PageResponse<AccessCaseRow> list(@RequestParam(required = false) AccessStages.Stage stage,
            @RequestParam(required = false) AccessStages.Kind kind, @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "false") boolean overdueCatchUp, @RequestParam(required = false) UUID owner,
            @RequestParam(required = false) UUID supplier, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, HttpServletRequest request) {
        String[] sort = request.getParameterValues("sort");
        var pageable = ListQuery.pageRequest(page, size, sort == null ? List.of() : List.of(sort),
                Sort.by(Sort.Direction.DESC, "openedAt"), SORTABLE);
        return PageResponse.of(queries.list(new AccessCaseFilter(stage, kind, state, overdueCatchUp, owner, supplier),
                pageable), row -> row);
    }

    @GetMapping("/api/v1/access-cases/funnel")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "Onboarding funnel: cases per stage, median/mean days per stage, standard vs express, outcomes")
    AccessFunnel funnel() {
        return queries.funnel();
    }

    @PostMapping("/api/v1/access-cases/{caseId}/announcement")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Publish the shortlist: objection window in working days (default 3)")
    AccessCaseView announce(@PathVariable UUID caseId, @RequestBody Announcement body) {
        return shortlist.announce(caseId, body.publishedOn(), body.objectionWindowDays());
    }

    @GetMapping("/api/v1/access-cases/{caseId}/objections")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "Objections to the shortlist announcement")
    List<AccessObjectionView> objections(@PathVariable UUID caseId) {
        return shortlist.objections(caseId);
    }

    @PostMapping("/api/v1/access-cases/{caseId}/objections")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Record an objection raised within the objection window")
    ResponseEntity<AccessObjectionView> object(@PathVariable UUID caseId, @RequestBody NewObjection body) {
        AccessObjectionView created = shortlist.object(caseId, body.objector(), body.text(), body.raisedOn());
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @PostMapping("/api/v1/access-cases/{caseId}/objections/{objectionId}/resolve")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Resolve an objection (resolution text required)")
    AccessObjectionView resolve(@PathVariable UUID caseId, @PathVariable UUID objectionId,
            @RequestBody Resolution body) {
        return shortlist.resolve(caseId, objectionId, body.resolution());
    }

    @PostMapping("/api/v1/access-cases/{caseId}/votes")
    @PreAuthorize("hasAuthority('supplier:approve') or hasAuthority('supplier:write')")
    @Operation(summary = "Final selection: a committee member's vote (APPROVE, REJECT, ABSTAIN) with a reason")
    AccessCaseView vote(@PathVariable UUID caseId, @RequestBody NewVote body) {
        return committee.vote(caseId, body.vote(), body.reason());
    }

    @PostMapping("/api/v1/access-cases/{caseId}/decision")
    @PreAuthorize("hasAuthority('supplier:approve') or hasAuthority('supplier:write')")
    @Operation(summary = "Final selection: decide APPROVE or REJECT (reason required to reject) after the votes")
    AccessCaseView decide(@PathVariable UUID caseId, @RequestBody Decision body) {
        return committee.decide(caseId, body.outcome(), body.reason());
    }

    @PostMapping("/api/v1/suppliers/{id}/access-cases")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Open a STANDARD or EXPRESS (with expressReason) access case for a prospect")
    ResponseEntity<AccessCaseView> open(@PathVariable UUID id, @RequestBody OpenCase body) {
        AccessCaseView created = cases.open(id, body.kind(), body.expressReason());
        return ResponseEntity.created(URI.create("/api/v1/access-cases/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/suppliers/{id}/access-cases")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "The supplier's access cases")
    List<AccessCaseView> ofSupplier(@PathVariable UUID id) {
        return cases.ofSupplier(id);
    }

    @GetMapping("/api/v1/access-cases/{caseId}")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "One access case")
    AccessCaseView get(@PathVariable UUID caseId) {
        return cases.get(caseId);
    }

    @PostMapping("/api/v1/access-cases/{caseId}/stage")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Record the current stage's required data and move to the next stage")
    AccessCaseView completeStage(@PathVariable UUID caseId, @RequestBody StageData body) {
        return cases.completeStage(caseId, body.data() == null ? Map.of() : body.data());
    }

    @PostMapping("/api/v1/access-cases/{caseId}/declaration")
    @PreAuthorize("hasAuthority('supplier:approve') or hasAuthority('supplier:write')")
    @Operation(summary = "Declare a conflict of interest (or none) before scoring or approving; a conflict blocks you")
    AccessCaseView declare(@PathVariable UUID caseId, @RequestBody Declaration body) {
        return cases.declare(caseId, body.conflict(), body.note());
    }

    @PostMapping("/api/v1/access-cases/{caseId}/approve")
    @PreAuthorize("hasAuthority('supplier:approve') or hasAuthority('supplier:write')")
    @Operation(summary = "Final selection: approve after the committee votes (not the case owner; express needs two, "
            + "one a procurement manager); same as a decision APPROVE without a reason")
    AccessCaseView approve(@PathVariable UUID caseId) {
        return cases.approve(caseId);
    }

    @PostMapping("/api/v1/access-cases/{caseId}/catch-up")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Express access: record a skipped stage (ONSITE_INSPECTION, SHORTLIST_ANNOUNCEMENT)")
    AccessCaseView catchUp(@PathVariable UUID caseId, @RequestBody CatchUp body) {
        return cases.catchUp(caseId, body.stage(), body.data() == null ? Map.of() : body.data());
    }
}
