package io.vigil.compliance.web;

import io.vigil.compliance.internal.Audit;
import io.vigil.compliance.internal.AuditFinding;
import io.vigil.compliance.internal.AuditProgrammeService;
import io.vigil.compliance.internal.AssessmentService;
import io.vigil.compliance.internal.ControlService;
import io.vigil.compliance.internal.FrameworkService;
import io.vigil.identity.OrgUnits;
import io.vigil.identity.Permission;
import io.vigil.identity.UserDirectory;
import io.vigil.identity.UserSummary;
import io.vigil.shared.web.ListQuery;
import io.vigil.shared.web.VigilException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Screens of the audit programme: the list, an audit (plan, scope, auditors, what is in scope,
 * findings with their corrective actions and the forms that move them) and the audit form.
 */
@Controller
@RequestMapping("/compliance/audits")
class AuditProgrammePageController {

    private final AuditProgrammeService audits;
    private final ControlService controls;
    private final AssessmentService assessments;
    private final FrameworkService frameworks;
    private final OrgUnits orgUnits;
    private final UserDirectory users;
    private final MessageSource messages;
    private final Clock clock;

    AuditProgrammePageController(AuditProgrammeService audits, ControlService controls, AssessmentService assessments,
            FrameworkService frameworks, OrgUnits orgUnits, UserDirectory users, MessageSource messages, Clock clock) {
        this.audits = audits;
        this.controls = controls;
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.orgUnits = orgUnits;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(ComplianceAuditApiController.READ)
    String list(HttpServletRequest request, Model model) {
        ListQuery query = ListQuery.of(request);
        model.addAttribute("query", query);
        model.addAttribute("page", audits.list(query.pageable(50, Sort.by("plannedStart").descending(),
                List.of("plannedStart", "title", "type", "status"))));
        model.addAttribute("today", LocalDate.now(clock));
        return "compliance/audits";
    }

    @GetMapping("/{id}")
    @PreAuthorize(ComplianceAuditApiController.READ)
    String detail(@PathVariable UUID id, Model model, Locale locale) {
        Audit a = audits.get(id);
        model.addAttribute("audit", a);
        model.addAttribute("findings", audits.findingViews(id));
        model.addAttribute("unit", orgUnits.find(a.orgUnitId()).map(u -> u.displayName(locale)).orElse(""));
        model.addAttribute("framework", a.frameworkId() == null ? null : frameworks.get(a.frameworkId()).code());
        model.addAttribute("externalAuditors", a.externalAuditorIds().stream().map(users::find)
                .flatMap(Optional::stream).map(UserSummary::displayName).sorted().toList());
        Set<UUID> owners = new LinkedHashSet<>();
        audits.findingViews(id).forEach(v -> v.actions().forEach(ca -> {
            if (ca.ownerId() != null) {
                owners.add(ca.ownerId());
            }
        }));
        model.addAttribute("owners", owners.stream().map(users::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(UserSummary::id, UserSummary::displayName)));
        // what the audit's scope opens: the controls and assessments of its unit (first page each)
        Set<UUID> scopeUnits = new java.util.HashSet<>(Set.of(a.orgUnitId()));
        orgUnits.all().forEach(u -> {
            if (u.parentId() != null && scopeUnits.contains(u.parentId())) {
                scopeUnits.add(u.id());
            }
        });
        model.addAttribute("scopeControls", controls.listIn(scopeUnits, PageRequest.of(0, 100, Sort.by("code"))));
        model.addAttribute("scopeAssessments", assessments.listIn(scopeUnits, PageRequest.of(0, 50, Sort.by("name"))));
        model.addAttribute("severities", AuditFinding.Severity.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "compliance/audit";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('compliance:write')")
    String createForm(Model model, Locale locale) {
        PageForm form = new PageForm();
        form.values.put("type", Audit.Type.INTERNAL_IT.name());
        return form(model, form, null, locale);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('compliance:write')")
    String create(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
            RedirectAttributes redirect) {
        PageForm form = PageForm.of(params);
        AuditProgrammeService.AuditData data = toData(form, locale);
        if (!form.hasErrors()) {
            try {
                Audit a = audits.plan(data);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/compliance/audits/" + a.id();
            } catch (VigilException e) {
                form.error("global", msg(e, locale));
            }
        }
        return form(model, form, null, locale);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('compliance:write')")
    String editForm(@PathVariable UUID id, Model model, Locale locale) {
        Audit a = audits.get(id);
        return form(model, values(a), a, locale);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('compliance:write')")
    String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
            Locale locale, RedirectAttributes redirect) {
        Audit current = audits.get(id);
        PageForm form = PageForm.of(params);
        AuditProgrammeService.AuditData data = toData(form, locale);
        Audit.Status status = form.choice(Audit.Status.class, "status", messages.getMessage("cx.form.required", null, locale));
        if (!form.hasErrors()) {
            try {
                audits.update(id, data, status, Long.parseLong(form.values.getOrDefault("version", "-1")));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/compliance/audits/" + id;
            } catch (VigilException e) {
                form.error("global", msg(e, locale));
            } catch (OptimisticLockingFailureException | NumberFormatException e) {
                form.error("global", messages.getMessage("cx.form.stale", null, locale));
            }
        }
        return form(model, form, current, locale);
    }

    @PostMapping("/{id}/findings")
    @PreAuthorize("hasAuthority('compliance:write')")
    String finding(@PathVariable UUID id, @RequestParam(required = false) String severity,
            @RequestParam(required = false) String title, @RequestParam(required = false) String description,
            Locale locale, RedirectAttributes redirect) {
        return act(id, redirect, locale, () -> audits.record(id, severity == null || severity.isBlank() ? null
                : AuditFinding.Severity.valueOf(severity), title, description, null));
    }

    @PostMapping("/{id}/findings/{findingId}/actions")
    @PreAuthorize("hasAuthority('compliance:write')")
    String addAction(@PathVariable UUID id, @PathVariable UUID findingId, @RequestParam(required = false) String rootCause,
            @RequestParam(required = false) String action, @RequestParam(required = false) String ownerUsername,
            @RequestParam(required = false) String dueOn, Locale locale, RedirectAttributes redirect) {
        return act(id, redirect, locale, () -> audits.addAction(findingId, new AuditProgrammeService.ActionData(
                rootCause, action, owner(ownerUsername), date(dueOn))));
    }

    @PostMapping("/{id}/actions/{actionId}/implemented")
    @PreAuthorize("hasAuthority('compliance:write')")
    String implemented(@PathVariable UUID id, @PathVariable UUID actionId, @RequestParam long version,
            @RequestParam(required = false) String note, Locale locale, RedirectAttributes redirect) {
        return act(id, redirect, locale, () -> audits.implemented(actionId, note, version));
    }

    @PostMapping("/{id}/actions/{actionId}/verify")
    @PreAuthorize("hasAuthority('compliance:write')")
    String verify(@PathVariable UUID id, @PathVariable UUID actionId, @RequestParam long version,
            @RequestParam(required = false) String verification, @RequestParam(defaultValue = "true") boolean effective,
            Locale locale, RedirectAttributes redirect) {
        return act(id, redirect, locale, () -> audits.verify(actionId, verification, effective, version));
    }

    @PostMapping("/{id}/findings/{findingId}/close")
    @PreAuthorize("hasAuthority('compliance:write')")
    String close(@PathVariable UUID id, @PathVariable UUID findingId, @RequestParam long version,
            @RequestParam(required = false) String verification, Locale locale, RedirectAttributes redirect) {
        return act(id, redirect, locale, () -> audits.close(findingId, verification, version));
    }

    private UUID owner(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        return users.findByUsername(username.strip()).map(UserSummary::id).orElseThrow(() ->
                new VigilException(HttpStatus.BAD_REQUEST, "validation", "cx.form.unknownUser", username.strip()));
    }

    private String act(UUID id, RedirectAttributes redirect, Locale locale, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
        } catch (VigilException e) {
            redirect.addFlashAttribute("actionError", msg(e, locale));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("actionError", messages.getMessage("cx.form.stale", null, locale));
        } catch (java.time.format.DateTimeParseException | IllegalArgumentException e) {
            redirect.addFlashAttribute("actionError", messages.getMessage("cx.form.date", null, locale));
        }
        return "redirect:/compliance/audits/" + id;
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    private String msg(VigilException e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
    }

    private String form(Model model, PageForm form, Audit existing, Locale locale) {
        model.addAttribute("form", form.values);
        model.addAttribute("errors", form.errors);
        model.addAttribute("existing", existing);
        model.addAttribute("units", ControlPageController.UnitOption.of(orgUnits.visibleTo(Permission.COMPLIANCE_WRITE),
                locale));
        model.addAttribute("types", Audit.Type.values());
        model.addAttribute("statuses", Audit.Status.values());
        model.addAttribute("frameworks", frameworks.list(PageRequest.of(0, 200, Sort.by("code"))).getContent());
        return "compliance/audit-form";
    }

    private PageForm values(Audit a) {
        PageForm form = new PageForm();
        form.values.put("title", a.title());
        form.values.put("type", a.type().name());
        form.values.put("orgUnitId", a.orgUnitId().toString());
        form.values.put("scope", a.scope());
        form.values.put("frameworkId", a.frameworkId() == null ? "" : a.frameworkId().toString());
        form.values.put("auditors", a.auditors());
        form.values.put("plan", a.plan());
        form.values.put("externalAuditors", a.externalAuditorIds().stream().map(users::find).flatMap(Optional::stream)
                .map(UserSummary::username).sorted().collect(Collectors.joining("\n")));
        form.values.put("plannedStart", a.plannedStart().toString());
        form.values.put("plannedEnd", a.plannedEnd().toString());
        form.values.put("status", a.status().name());
        form.values.put("version", String.valueOf(a.version()));
        return form;
    }

    /** Reads the form; each field that is missing or cannot be resolved gets its own message. */
    private AuditProgrammeService.AuditData toData(PageForm form, Locale locale) {
        String required = messages.getMessage("cx.form.required", null, locale);
        String badDate = messages.getMessage("cx.form.date", null, locale);
        String title = form.required("title", required);
        Audit.Type type = form.choice(Audit.Type.class, "type", required);
        if (type == null) {
            form.error("type", required);
        }
        UUID unit = form.uuid("orgUnitId");
        if (unit == null) {
            form.error("orgUnitId", required);
        }
        String scope = form.required("scope", required);
        LocalDate start = form.date("plannedStart", badDate);
        LocalDate end = form.date("plannedEnd", badDate);
        if (start == null) {
            form.error("plannedStart", required);
        }
        if (end == null) {
            form.error("plannedEnd", required);
        }
        if (start != null && end != null && end.isBefore(start)) {
            form.error("plannedEnd", messages.getMessage("compliance.audit.dates", null, locale));
        }
        Set<UUID> external = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (String username : form.items("externalAuditors")) {
            Optional<UUID> user = users.findByUsername(username).map(UserSummary::id);
            if (user.isEmpty()) {
                problems.add(messages.getMessage("cx.form.unknownUser", new Object[] {username}, locale));
            } else if (!audits.isAuditor(user.get())) {
                problems.add(messages.getMessage("compliance.audit.notAuditor", new Object[] {username}, locale));
            } else {
                external.add(user.get());
            }
        }
        if (!problems.isEmpty()) {
            form.error("externalAuditors", String.join(" ", problems));
        }
        return new AuditProgrammeService.AuditData(title, type, unit, scope, form.uuid("frameworkId"),
                form.text("auditors"), form.text("plan"), external, start, end);
    }
}
