package io.vigil.supplier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.vigil.supplier.internal.FieldProblem;
import io.vigil.supplier.internal.InvalidSupplierException;
import io.vigil.supplier.internal.review.ScorecardAdmin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The scorecard's criteria: their weights and which are used (screen and API). */
@Controller
class ScorecardController {

    record ScorecardUpdate(List<ScorecardAdmin.Change> criteria) {
    }

    private final ScorecardAdmin scorecard;
    private final MessageSource messages;

    ScorecardController(ScorecardAdmin scorecard, MessageSource messages) {
        this.scorecard = scorecard;
        this.messages = messages;
    }

    @GetMapping("/api/v1/reviews/scorecard")
    @PreAuthorize("hasAuthority('supplier:read')")
    @ResponseBody
    @Operation(summary = "Every scorecard criterion with its weight and whether it is used")
    List<ScorecardAdmin.CriterionSetting> settings() {
        return scorecard.settings();
    }

    @PutMapping("/api/v1/reviews/scorecard")
    @PreAuthorize("hasAuthority('supplier:approve')")
    @ResponseBody
    @Operation(summary = "Change weights (0 < w ≤ 100) and which criteria are used; all or nothing. "
            + "Reviews completed later use them; completed ones keep theirs in their snapshot")
    List<ScorecardAdmin.CriterionSetting> update(@RequestBody ScorecardUpdate update) {
        return scorecard.update(update.criteria());
    }

    @GetMapping("/suppliers/reviews/scorecard")
    @PreAuthorize("hasAuthority('supplier:read')")
    String page(Model model) {
        if (!model.containsAttribute("entered")) {
            Map<String, String> entered = new LinkedHashMap<>();
            scorecard.settings().forEach(c -> entered.put(c.code(), c.weight().stripTrailingZeros().toPlainString()));
            model.addAttribute("entered", entered);
        }
        model.addAttribute("criteria", scorecard.settings());
        return "supplier/review/scorecard";
    }

    @PostMapping("/suppliers/reviews/scorecard")
    @PreAuthorize("hasAuthority('supplier:approve')")
    String save(@RequestParam Map<String, String> form, RedirectAttributes redirect, Locale locale) {
        List<ScorecardAdmin.Change> changes = new ArrayList<>();
        Map<String, String> entered = new LinkedHashMap<>();
        for (ScorecardAdmin.CriterionSetting c : scorecard.settings()) {
            String weight = form.getOrDefault("weight." + c.code(), "");
            entered.put(c.code(), weight);
            changes.add(new ScorecardAdmin.Change(c.code(), weight, form.containsKey("active." + c.code())));
        }
        try {
            scorecard.update(changes);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidSupplierException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem p : e.problems()) {
                errors.putIfAbsent(p.field(), messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale));
            }
            // flash attributes live in the database-backed session: plain strings only
            redirect.addFlashAttribute("errors", errors);
            redirect.addFlashAttribute("entered", entered);
        }
        return "redirect:/suppliers/reviews/scorecard";
    }
}
