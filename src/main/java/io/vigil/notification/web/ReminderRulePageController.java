package io.vigil.notification.web;

import io.vigil.identity.Role;
import io.vigil.notification.internal.ReminderRules;
import io.vigil.notification.internal.ReminderRules.RuleView;
import io.vigil.shared.web.VigilException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration of the reminder rules. They apply to every unit, so they are a platform setting
 * and take {@code admin:users}, like the rules API.
 */
@Controller
class ReminderRulePageController {

    private static final String KIND = "[A-Z][A-Z0-9_]{0,63}";

    private final ReminderRules rules;

    ReminderRulePageController(ReminderRules rules) {
        this.rules = rules;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping("/admin/reminder-rules")
    @PreAuthorize("hasAuthority('admin:users')")
    String list(Model model) {
        model.addAttribute("rules", rules.all());
        return "notification/rules";
    }

    @GetMapping("/admin/reminder-rules/edit")
    @PreAuthorize("hasAuthority('admin:users')")
    String edit(@RequestParam(required = false) String kind, Model model) {
        RuleForm form = kind == null || !kind.matches(KIND) ? RuleForm.blank()
                : rules.find(kind).map(RuleForm::of).orElseGet(() -> RuleForm.blank().withKind(kind));
        model.addAttribute("form", form);
        model.addAttribute("existing", kind != null && rules.find(kind).isPresent());
        model.addAttribute("errors", List.of());
        return "notification/rule-form";
    }

    @PostMapping("/admin/reminder-rules")
    @PreAuthorize("hasAuthority('admin:users')")
    String save(RuleForm form, Model model, RedirectAttributes redirect) {
        List<String> errors = new ArrayList<>();
        String kind = form.kind() == null ? "" : form.kind().trim().toUpperCase(java.util.Locale.ROOT);
        if (!kind.matches(KIND)) {
            errors.add("task.error.kind");
        }
        List<Integer> days = form.parsedDays();
        if (days == null) {
            errors.add("notification.error.daysFormat");
        }
        Integer escalateAfter = form.parsedEscalateAfter();
        if (escalateAfter != null && escalateAfter < 0) {
            errors.add("notification.error.escalateAfter");
            escalateAfter = null;
        }
        if (errors.isEmpty() && form.version() == null && rules.find(kind).isPresent()) {
            // a new-rule form must not silently overwrite a rule someone created meanwhile
            errors.add("notification.rules.stale");
        }
        if (errors.isEmpty()) {
            try {
                rules.save(kind, days, form.overdue(), escalateAfter, form.toManager(),
                        form.escalateToRole(), form.isMandatory(), form.version());
                redirect.addFlashAttribute("savedKind", kind);
                return "redirect:/admin/reminder-rules";
            } catch (VigilException invalid) {
                errors.add(invalid.messageKey());
            } catch (OptimisticLockingFailureException stale) {
                errors.add("notification.rules.stale");
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("existing", form.version() != null);
        model.addAttribute("errors", errors);
        return "notification/rule-form";
    }

    /** What the form posts: days as comma-separated text; an unchecked box posts nothing, read as false. */
    record RuleForm(String kind, String daysBefore, Boolean remindWhenOverdue, String escalateAfterDays,
            Boolean escalateToManager, Role escalateToRole, Boolean mandatory, Long version) {

        public boolean overdue() {
            return Boolean.TRUE.equals(remindWhenOverdue);
        }

        public boolean toManager() {
            return Boolean.TRUE.equals(escalateToManager);
        }

        public boolean isMandatory() {
            return Boolean.TRUE.equals(mandatory);
        }

        static RuleForm blank() {
            return new RuleForm("", "30, 7, 1", true, "", true, null, false, null);
        }

        static RuleForm of(RuleView rule) {
            return new RuleForm(rule.kind(), String.join(", ", rule.daysBefore().stream().map(String::valueOf).toList()),
                    rule.remindWhenOverdue(), rule.escalateAfterDays() == null ? "" : rule.escalateAfterDays().toString(),
                    rule.escalateToManager(), rule.escalateToRole(), rule.mandatory(), rule.version());
        }

        RuleForm withKind(String newKind) {
            return new RuleForm(newKind, daysBefore, remindWhenOverdue, escalateAfterDays, escalateToManager,
                    escalateToRole, mandatory, version);
        }

        /** Null when a part is not a whole number from 0 to 365. */
        List<Integer> parsedDays() {
            List<Integer> days = new ArrayList<>();
            if (daysBefore == null || daysBefore.isBlank()) {
                return days;
            }
            for (String part : daysBefore.split(",")) {
                String value = part.trim();
                if (!value.matches("\\d{1,3}") || Integer.parseInt(value) > 365) {
                    return null;
                }
                days.add(Integer.parseInt(value));
            }
            return days;
        }

        /** Null for empty; -1 when not a whole number from 0 to 365. */
        Integer parsedEscalateAfter() {
            if (escalateAfterDays == null || escalateAfterDays.isBlank()) {
                return null;
            }
            String value = escalateAfterDays.trim();
            return value.matches("\\d{1,3}") && Integer.parseInt(value) <= 365 ? Integer.parseInt(value) : -1;
        }
    }
}
