package io.vigil.supplier.web;

import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.web.VigilException;
import io.vigil.supplier.SupplierStatus;
import io.vigil.supplier.internal.FieldProblem;
import io.vigil.supplier.internal.IllegalTransitionException;
import io.vigil.supplier.internal.InvalidSupplierException;
import io.vigil.supplier.internal.review.RectificationService;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A rectification plan's page (staff) and the supplier contact's portal pages for their own plans. */
@Controller
class RectificationPageController {

    private final RectificationService plans;

    RectificationPageController(RectificationService plans) {
        this.plans = plans;
    }

    @GetMapping("/suppliers/rectification-plans/{id}")
    @PreAuthorize("hasAuthority('supplier:read')")
    String plan(@PathVariable UUID id, Model model) {
        model.addAttribute("plan", plans.get(id));
        return "supplier/review/rectification";
    }

    @PostMapping("/suppliers/rectification-plans/{id}/issues")
    @PreAuthorize("hasAuthority('supplier:write')")
    String issues(@PathVariable UUID id, @RequestParam(required = false) String issues, RedirectAttributes redirect) {
        return act(id, redirect, () -> plans.updateIssues(id, issues == null ? null
                : Arrays.asList(issues.split("\\R"))));
    }

    @PostMapping("/suppliers/rectification-plans/{id}/actions")
    @PreAuthorize("hasAuthority('supplier:write')")
    String addAction(@PathVariable UUID id, @RequestParam(required = false) String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> plans.addAction(id, new RectificationService.NewAction(title, null, deadline)));
    }

    @PostMapping("/suppliers/rectification-plans/{id}/actions/{actionId}/review")
    @PreAuthorize("hasAuthority('supplier:write')")
    String review(@PathVariable UUID id, @PathVariable UUID actionId, @RequestParam boolean accepted,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, () -> plans.review(id, actionId, accepted, note));
    }

    @PostMapping("/suppliers/rectification-plans/{id}/verify")
    @PreAuthorize("hasAuthority('supplier:approve')")
    String verify(@PathVariable UUID id, @RequestParam boolean passed, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> plans.verify(id, passed, note));
    }

    @GetMapping("/portal/rectification")
    @PreAuthorize("hasAuthority('supplier:portal')")
    String portalList(Model model) {
        model.addAttribute("plans", plans.portalPlans());
        return "supplier/review/portal-rectification";
    }

    @GetMapping("/portal/rectification/{id}")
    @PreAuthorize("hasAuthority('supplier:portal')")
    String portalPlan(@PathVariable UUID id, Model model) {
        model.addAttribute("plans", java.util.List.of(plans.portalPlan(id)));
        return "supplier/review/portal-rectification";
    }

    @PostMapping("/portal/rectification/{id}/actions/{actionId}/response")
    @PreAuthorize("hasAuthority('supplier:portal')")
    String respond(@PathVariable UUID id, @PathVariable UUID actionId, @RequestParam(required = false) String response,
            RedirectAttributes redirect) {
        try {
            plans.respond(id, actionId, response);
            redirect.addFlashAttribute("planMessage", "supplier.rectification.responded");
        } catch (InvalidSupplierException e) {
            flash(redirect, e.problems().get(0));
        } catch (VigilException e) {
            redirect.addFlashAttribute("planError", e.messageKey());
            redirect.addFlashAttribute("planErrorArgs", e.arguments());
        }
        return "redirect:/portal/rectification/" + id;
    }

    private String act(UUID id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("planMessage", "supplier.rectification.saved");
        } catch (InvalidSupplierException e) {
            flash(redirect, e.problems().get(0));
        } catch (IllegalTransitionException e) {
            redirect.addFlashAttribute("planError", "supplier.error.illegalTransition");
            redirect.addFlashAttribute("planErrorArgs", new Object[] {e.from(), e.to(),
                    e.allowed().stream().sorted().map(SupplierStatus::name).toList()});
        } catch (VigilException e) {
            redirect.addFlashAttribute("planError", e.messageKey());
            redirect.addFlashAttribute("planErrorArgs", e.arguments());
        }
        return "redirect:/suppliers/rectification-plans/" + id;
    }

    private static void flash(RedirectAttributes redirect, FieldProblem problem) {
        redirect.addFlashAttribute("planError", problem.messageKey());
        redirect.addFlashAttribute("planErrorArgs", problem.arguments());
        redirect.addFlashAttribute("planErrorField", problem.field());
    }

    @ExceptionHandler(RecordNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
