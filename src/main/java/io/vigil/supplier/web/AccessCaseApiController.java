package io.vigil.supplier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.supplier.internal.AccessCaseService;
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

    private final AccessCaseService cases;

    AccessCaseApiController(AccessCaseService cases) {
        this.cases = cases;
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
    @Operation(summary = "Final selection: approve (not the case owner; express needs two, one a procurement manager)")
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
