package io.vigil.supplier.web;

import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.web.ListQuery;
import io.vigil.shared.web.VigilException;
import io.vigil.supplier.SupplierStatus;
import io.vigil.supplier.internal.FieldProblem;
import io.vigil.supplier.internal.IllegalTransitionException;
import io.vigil.supplier.internal.InvalidSupplierException;
import io.vigil.supplier.internal.SupplierService;
import io.vigil.supplier.internal.review.RedLineKind;
import io.vigil.supplier.internal.review.ReviewQueries;
import io.vigil.supplier.internal.review.ReviewService;
import io.vigil.supplier.internal.review.ReviewView;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
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

/** Review screens: the list (due, overdue, completed), one review's page with its forms, and the ranking. */
@Controller
class ReviewPageController {

    private final ReviewService reviews;
    private final ReviewQueries queries;
    private final SupplierService suppliers;

    ReviewPageController(ReviewService reviews, ReviewQueries queries, SupplierService suppliers) {
        this.reviews = reviews;
        this.queries = queries;
        this.suppliers = suppliers;
    }

    @GetMapping("/suppliers/reviews")
    @PreAuthorize("hasAuthority('supplier:read')")
    String list(HttpServletRequest request, @RequestParam(required = false) String state,
            @RequestParam(required = false) String period, @RequestParam(required = false) String q, Model model) {
        ListQuery query = ListQuery.of(request);
        model.addAttribute("query", query);
        model.addAttribute("filter", new ReviewQueries.Filter(state, period, q));
        model.addAttribute("filtered", state != null && !state.isBlank() || period != null && !period.isBlank()
                || q != null && !q.isBlank());
        model.addAttribute("states", List.of("DUE", "OVERDUE", "OPEN", "COMPLETED", "CONFIRMED", "DONE"));
        model.addAttribute("periods", queries.periods());
        model.addAttribute("page", queries.list(new ReviewQueries.Filter(state, period, q),
                query.pageable(25, Sort.unsorted(), List.of())));
        return "supplier/review/list";
    }

    @GetMapping("/suppliers/ranking")
    @PreAuthorize("hasAuthority('supplier:read')")
    String ranking(HttpServletRequest request, @RequestParam(required = false) String category,
            @RequestParam(required = false) String minGrade, Model model) {
        ListQuery query = ListQuery.of(request);
        model.addAttribute("query", query);
        model.addAttribute("category", category);
        model.addAttribute("minGrade", minGrade);
        model.addAttribute("categories", suppliers.categories());
        model.addAttribute("page", queries.ranking(category, minGrade, query.pageable(25, Sort.unsorted(), List.of())));
        return "supplier/review/ranking";
    }

    @GetMapping("/suppliers/reviews/{id}")
    @PreAuthorize("hasAuthority('supplier:read')")
    String review(@PathVariable UUID id, Model model) {
        ReviewView review = reviews.view(id);
        model.addAttribute("review", review);
        model.addAttribute("settings", reviews.settings());
        model.addAttribute("redLineKinds", RedLineKind.values());
        model.addAttribute("decisions", decisionChoices(review));
        UUID me = io.vigil.shared.security.VigilPrincipal.current()
                .map(io.vigil.shared.security.VigilPrincipal::userId).orElse(null);
        model.addAttribute("mine", review.evaluators().stream().filter(e -> e.userId().equals(me)).findFirst()
                .orElse(null));
        return "supplier/review/review";
    }

    @PostMapping("/suppliers/{supplierId}/reviews")
    @PreAuthorize("hasAuthority('supplier:write')")
    String open(@PathVariable UUID supplierId, @RequestParam(required = false) String period, RedirectAttributes redirect) {
        try {
            ReviewView created = reviews.open(supplierId, period);
            return "redirect:/suppliers/reviews/" + created.id();
        } catch (InvalidSupplierException e) {
            flashProblem(redirect, e.problems().get(0));
        } catch (VigilException e) {
            redirect.addFlashAttribute("reviewError", e.messageKey());
            redirect.addFlashAttribute("reviewErrorArgs", e.arguments());
        }
        return "redirect:/suppliers/" + supplierId + "?tab=reviews";
    }

    @PostMapping("/suppliers/reviews/{id}/declaration")
    @PreAuthorize("hasAuthority('supplier:write') or hasAuthority('supplier:approve')")
    String declare(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean conflict,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, () -> reviews.declare(id, conflict, note), "supplier.review.declared");
    }

    @PostMapping("/suppliers/reviews/{id}/scores")
    @PreAuthorize("hasAuthority('supplier:write') or hasAuthority('supplier:approve')")
    String score(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (var c : reviews.criteria()) {
            String raw = form.get("score_" + c.code());
            if (raw == null || raw.isBlank()) {
                scores.put(c.code(), null);
                continue;
            }
            try {
                scores.put(c.code(), Integer.parseInt(raw.strip()));
            } catch (NumberFormatException e) {
                redirect.addFlashAttribute("reviewError", "supplier.review.error.scoreRange");
                redirect.addFlashAttribute("reviewErrorArgs", new Object[] {raw});
                redirect.addFlashAttribute("reviewErrorField", "score_" + c.code());
                return "redirect:/suppliers/reviews/" + id + "#scoring";
            }
        }
        return act(id, redirect, () -> reviews.score(id, scores), "supplier.review.scored");
    }

    @PostMapping("/suppliers/reviews/{id}/red-lines")
    @PreAuthorize("hasAuthority('supplier:write')")
    String redLine(@PathVariable UUID id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String description, RedirectAttributes redirect) {
        return act(id, redirect, () -> reviews.recordRedLine(id, kind, description), "supplier.review.redLineRecorded");
    }

    @PostMapping("/suppliers/reviews/{id}/complete")
    @PreAuthorize("hasAuthority('supplier:write')")
    String complete(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, () -> reviews.complete(id), "supplier.review.completedMessage");
    }

    @PostMapping("/suppliers/reviews/{id}/confirm")
    @PreAuthorize("hasAuthority('supplier:approve')")
    String confirm(@PathVariable UUID id, @RequestParam(required = false) String status,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, () -> reviews.confirm(id, status, reason, null), "supplier.review.confirmedMessage");
    }

    private String act(UUID id, RedirectAttributes redirect, Runnable action, String success) {
        try {
            action.run();
            redirect.addFlashAttribute("reviewMessage", success);
        } catch (InvalidSupplierException e) {
            flashProblem(redirect, e.problems().get(0));
        } catch (IllegalTransitionException e) {
            redirect.addFlashAttribute("reviewError", "supplier.error.illegalTransition");
            redirect.addFlashAttribute("reviewErrorArgs", new Object[] {e.from(), e.to(),
                    e.allowed().stream().sorted().map(SupplierStatus::name).toList()});
        } catch (VigilException e) {
            redirect.addFlashAttribute("reviewError", e.messageKey());
            redirect.addFlashAttribute("reviewErrorArgs", e.arguments());
        }
        return "redirect:/suppliers/reviews/" + id;
    }

    private static void flashProblem(RedirectAttributes redirect, FieldProblem problem) {
        redirect.addFlashAttribute("reviewError", problem.messageKey());
        redirect.addFlashAttribute("reviewErrorArgs", problem.arguments());
        redirect.addFlashAttribute("reviewErrorField", problem.field());
    }

    /** KEEP plus the statuses the transition table allows from the supplier's current one. */
    private static List<String> decisionChoices(ReviewView review) {
        List<String> choices = new java.util.ArrayList<>();
        choices.add("KEEP");
        io.vigil.supplier.internal.StatusTransitions.allowedFrom(review.supplierStatus()).stream().sorted()
                .filter(s -> s != SupplierStatus.BLACKLISTED).forEach(s -> choices.add(s.name()));
        return choices;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
