package io.vigil.supplier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.supplier.internal.review.RectificationService;
import io.vigil.supplier.internal.review.RectificationView;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Rectification plans (staff side and the supplier portal's own-company side). */
@RestController
@Tag(name = "Supplier rectification")
class RectificationApiController {

    record Issues(List<String> issues) {
    }

    record ActionDecision(boolean accepted, String note) {
    }

    record Verification(boolean passed, String note) {
    }

    record Response(String response) {
    }

    private final RectificationService plans;

    RectificationApiController(RectificationService plans) {
        this.plans = plans;
    }

    @GetMapping("/api/v1/suppliers/{id}/rectification-plans")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "The supplier's rectification plans, newest first")
    List<RectificationView> ofSupplier(@PathVariable UUID id) {
        return plans.ofSupplier(id);
    }

    @GetMapping("/api/v1/rectification-plans/{planId}")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "One rectification plan with its actions")
    RectificationView get(@PathVariable UUID planId) {
        return plans.get(planId);
    }

    @PutMapping("/api/v1/rectification-plans/{planId}/issues")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Replace the plan's list of issues")
    RectificationView issues(@PathVariable UUID planId, @RequestBody Issues body) {
        return plans.updateIssues(planId, body == null ? null : body.issues());
    }

    @PostMapping("/api/v1/rectification-plans/{planId}/actions")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Add an action {\"title\",\"ownerId\"?,\"deadline\"}; the deadline becomes a task")
    RectificationView addAction(@PathVariable UUID planId, @RequestBody RectificationService.NewAction body) {
        return plans.addAction(planId, body);
    }

    @PostMapping("/api/v1/rectification-plans/{planId}/actions/{actionId}/review")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Accept an action as done, or send it back to the supplier with a note")
    RectificationView reviewAction(@PathVariable UUID planId, @PathVariable UUID actionId,
            @RequestBody ActionDecision body) {
        return plans.review(planId, actionId, body != null && body.accepted(), body == null ? null : body.note());
    }

    @PostMapping("/api/v1/rectification-plans/{planId}/verify")
    @PreAuthorize("hasAuthority('supplier:approve')")
    @Operation(summary = "Verification: passed (every action done) → QUALIFIED, failed → UNQUALIFIED")
    RectificationView verify(@PathVariable UUID planId, @RequestBody Verification body) {
        return plans.verify(planId, body != null && body.passed(), body == null ? null : body.note());
    }

    @GetMapping("/api/v1/portal/rectification-plans")
    @PreAuthorize("hasAuthority('supplier:portal')")
    @Operation(summary = "Portal: your company's rectification plans")
    List<RectificationView> portalPlans() {
        return plans.portalPlans();
    }

    @GetMapping("/api/v1/portal/rectification-plans/{planId}")
    @PreAuthorize("hasAuthority('supplier:portal')")
    @Operation(summary = "Portal: one of your company's plans (any other is 404)")
    RectificationView portalPlan(@PathVariable UUID planId) {
        return plans.portalPlan(planId);
    }

    @PostMapping("/api/v1/portal/rectification-plans/{planId}/actions/{actionId}/response")
    @PreAuthorize("hasAuthority('supplier:portal')")
    @Operation(summary = "Portal: respond to an action (what you did); procurement then accepts or sends it back")
    RectificationView respond(@PathVariable UUID planId, @PathVariable UUID actionId, @RequestBody Response body) {
        return plans.respond(planId, actionId, body == null ? null : body.response());
    }
}
