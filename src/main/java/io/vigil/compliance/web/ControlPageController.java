package io.vigil.compliance.web;

import io.vigil.compliance.ControlType;
import io.vigil.compliance.Freshness;
import io.vigil.compliance.TestFrequency;
import io.vigil.compliance.TestResult;
import io.vigil.compliance.internal.Control;
import io.vigil.compliance.internal.ControlData;
import io.vigil.compliance.internal.ControlService;
import io.vigil.compliance.internal.Evidence;
import io.vigil.compliance.internal.FrameworkService;
import io.vigil.compliance.internal.RequirementRow;
import io.vigil.compliance.internal.RequirementStore;
import io.vigil.identity.OrgUnitView;
import io.vigil.identity.OrgUnits;
import io.vigil.identity.Permission;
import io.vigil.identity.UserDirectory;
import io.vigil.identity.UserSummary;
import io.vigil.risk.AssetInventory;
import io.vigil.risk.AssetSummary;
import io.vigil.risk.RiskRegister;
import io.vigil.risk.RiskSummary;
import io.vigil.shared.security.VigilPrincipal;
import io.vigil.shared.web.ListQuery;
import io.vigil.shared.web.VigilException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens: the control list, a control (requirements, assets, risks, tests, evidence and uploads) and its form. */
@Controller
@RequestMapping("/compliance/controls")
class ControlPageController {

    /** An org unit in a select list, indented by depth. */
    record UnitOption(UUID id, String label) {

        static List<UnitOption> of(List<OrgUnitView> units, Locale locale) {
            int top = units.stream().mapToInt(OrgUnitView::depth).min().orElse(0);
            return units.stream().map(u -> new UnitOption(u.id(),
                    "\u00a0\u00a0".repeat(Math.max(0, u.depth() - top)) + u.displayName(locale))).toList();
        }
    }

    /** A linked requirement as the page shows it. */
    record RequirementRef(String framework, String ref, String title) {
    }

    private final ControlService controls;
    private final RequirementStore requirements;
    private final FrameworkService frameworks;
    private final OrgUnits orgUnits;
    private final UserDirectory users;
    private final AssetInventory assets;
    private final RiskRegister risks;
    private final MessageSource messages;
    private final Clock clock;

    ControlPageController(ControlService controls, RequirementStore requirements, FrameworkService frameworks,
            OrgUnits orgUnits, UserDirectory users, AssetInventory assets, RiskRegister risks, MessageSource messages,
            Clock clock) {
        this.controls = controls;
        this.requirements = requirements;
        this.frameworks = frameworks;
        this.orgUnits = orgUnits;
        this.users = users;
        this.assets = assets;
        this.risks = risks;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(ComplianceAuditApiController.READ)
    String list(HttpServletRequest request, Model model) {
        ListQuery query = ListQuery.of(request);
        model.addAttribute("query", query);
        model.addAttribute("page", controls.list(query.pageable(50, Sort.by("code"), List.of("code", "name"))));
        return "compliance/controls";
    }

    @GetMapping("/{id}")
    @PreAuthorize(ComplianceAuditApiController.READ)
    String detail(@PathVariable UUID id, Model model, Locale locale) {
        var view = controls.view(id);
        ControlData d = view.control().data();
        model.addAttribute("view", view);
        model.addAttribute("data", d);
        model.addAttribute("unit", orgUnits.find(d.orgUnitId()).map(u -> u.displayName(locale)).orElse(""));
        model.addAttribute("owner", d.ownerId() == null ? null : users.find(d.ownerId()).orElse(null));
        model.addAttribute("requirements", requirementRefs(d.requirementIds(), locale));
        model.addAttribute("assets", d.assetIds().stream().map(assets::find).flatMap(Optional::stream).toList());
        model.addAttribute("risks", d.riskIds().stream().map(risks::find).flatMap(Optional::stream).toList());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("results", TestResult.values());
        model.addAttribute("freshness", view.evidenceItems().stream().collect(Collectors.toMap(Evidence::id,
                e -> Freshness.of(e.validUntil(), LocalDate.now(clock)))));
        return "compliance/control";
    }

    private List<RequirementRef> requirementRefs(List<UUID> ids, Locale locale) {
        Map<UUID, String> codes = new java.util.HashMap<>();
        List<RequirementRef> out = new ArrayList<>();
        for (RequirementRow r : requirements.byIds(ids)) {
            String code = codes.computeIfAbsent(r.frameworkId(), f -> frameworks.get(f).code());
            out.add(new RequirementRef(code, r.ref(), r.displayTitle(locale)));
        }
        out.sort(java.util.Comparator.comparing(RequirementRef::framework).thenComparing(RequirementRef::ref));
        return out;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('compliance:write')")
    String createForm(Model model, Locale locale) {
        PageForm form = new PageForm();
        form.values.put("type", ControlType.PREVENTIVE.name());
        form.values.put("frequency", TestFrequency.QUARTERLY.name());
        return form(model, form, null, locale);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('compliance:write')")
    String create(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
            RedirectAttributes redirect) {
        PageForm form = PageForm.of(params);
        ControlData data = toData(form, locale);
        if (!form.hasErrors()) {
            try {
                Control c = controls.create(data);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/compliance/controls/" + c.id();
            } catch (VigilException e) {
                form.error(e.type().equals("duplicate-code") ? "code" : "global", msg(e, locale));
            }
        }
        return form(model, form, null, locale);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('compliance:write')")
    String editForm(@PathVariable UUID id, Model model, Locale locale) {
        var view = controls.view(id);
        return form(model, values(view.control(), locale), view.control(), locale);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('compliance:write')")
    String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
            Locale locale, RedirectAttributes redirect) {
        Control current = controls.view(id).control();
        PageForm form = PageForm.of(params);
        ControlData data = toData(form, locale);
        if (!form.hasErrors()) {
            try {
                controls.update(id, data, Long.parseLong(form.values.getOrDefault("version", "-1")));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/compliance/controls/" + id;
            } catch (VigilException e) {
                form.error(e.type().equals("duplicate-code") ? "code" : "global", msg(e, locale));
            } catch (OptimisticLockingFailureException | NumberFormatException e) {
                form.error("global", messages.getMessage("cx.form.stale", null, locale));
            }
        }
        return form(model, form, current, locale);
    }

    @PostMapping("/{id}/evidence/file")
    @PreAuthorize("hasAuthority('compliance:write')")
    String upload(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String title, @RequestParam(required = false) String collectedOn,
            @RequestParam(required = false) String validUntil, Locale locale, RedirectAttributes redirect) {
        return act(id, redirect, locale, () -> {
            if (file == null || file.isEmpty()) {
                throw new VigilException(org.springframework.http.HttpStatus.BAD_REQUEST, "validation",
                        "cx.evidence.chooseFile");
            }
            try (InputStream in = file.getInputStream()) {
                controls.addEvidenceFile(id, new ControlService.EvidenceData(Evidence.Kind.FILE,
                        title == null || title.isBlank() ? file.getOriginalFilename() : title,
                        null, date(collectedOn, LocalDate.now(clock)), date(validUntil, null)),
                        file.getOriginalFilename(), file.getContentType(), in);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @PostMapping("/{id}/evidence")
    @PreAuthorize("hasAuthority('compliance:write')")
    String evidence(@PathVariable UUID id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String title, @RequestParam(required = false) String content,
            @RequestParam(required = false) String collectedOn, @RequestParam(required = false) String validUntil,
            Locale locale, RedirectAttributes redirect) {
        return act(id, redirect, locale, () -> controls.addEvidence(id, new ControlService.EvidenceData(
                "LINK".equals(kind) ? Evidence.Kind.LINK : Evidence.Kind.TEXT, title, content,
                date(collectedOn, LocalDate.now(clock)), date(validUntil, null))));
    }

    @PostMapping("/{id}/tests")
    @PreAuthorize("hasAuthority('compliance:write')")
    String test(@PathVariable UUID id, @RequestParam(required = false) String testedOn,
            @RequestParam(required = false) String method, @RequestParam(required = false) String result,
            @RequestParam(required = false) String notes, Locale locale, RedirectAttributes redirect) {
        UUID tester = VigilPrincipal.current().map(VigilPrincipal::userId).orElse(null);
        return act(id, redirect, locale, () -> controls.recordTest(id, new ControlService.TestData(
                date(testedOn, null), method, result == null || result.isBlank() ? null : TestResult.valueOf(result),
                null, notes), tester));
    }

    private String act(UUID id, RedirectAttributes redirect, Locale locale, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
        } catch (VigilException e) {
            redirect.addFlashAttribute("actionError", msg(e, locale));
        } catch (java.time.format.DateTimeParseException | IllegalArgumentException e) {
            redirect.addFlashAttribute("actionError", messages.getMessage("cx.form.date", null, locale));
        }
        return "redirect:/compliance/controls/" + id;
    }

    private static LocalDate date(String value, LocalDate fallback) {
        return value == null || value.isBlank() ? fallback : LocalDate.parse(value.strip());
    }

    private String msg(VigilException e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
    }

    private String form(Model model, PageForm form, Control existing, Locale locale) {
        model.addAttribute("form", form.values);
        model.addAttribute("errors", form.errors);
        model.addAttribute("existing", existing);
        model.addAttribute("units", UnitOption.of(orgUnits.visibleTo(Permission.COMPLIANCE_WRITE), locale));
        model.addAttribute("types", ControlType.values());
        model.addAttribute("frequencies", TestFrequency.values());
        return "compliance/control-form";
    }

    private PageForm values(Control c, Locale locale) {
        ControlData d = c.data();
        PageForm form = new PageForm();
        form.values.put("code", d.code());
        form.values.put("name", d.name());
        form.values.put("description", d.description());
        form.values.put("orgUnitId", d.orgUnitId().toString());
        form.values.put("ownerUsername", d.ownerId() == null ? "" : users.find(d.ownerId()).map(UserSummary::username).orElse(""));
        form.values.put("type", d.type().name());
        form.values.put("frequency", d.frequency().name());
        form.values.put("requirements", requirementRefs(d.requirementIds(), locale).stream()
                .map(r -> r.framework() + " " + r.ref()).collect(Collectors.joining("\n")));
        form.values.put("assetCodes", d.assetIds().stream().map(assets::find).flatMap(Optional::stream)
                .map(AssetSummary::code).collect(Collectors.joining("\n")));
        form.values.put("riskCodes", d.riskIds().stream().map(risks::find).flatMap(Optional::stream)
                .map(RiskSummary::code).collect(Collectors.joining("\n")));
        form.values.put("version", String.valueOf(c.version()));
        return form;
    }

    /** Reads the form; every field that cannot be resolved gets its own message. */
    private ControlData toData(PageForm form, Locale locale) {
        String required = messages.getMessage("cx.form.required", null, locale);
        String code = form.required("code", required);
        String name = form.required("name", required);
        UUID unit = form.uuid("orgUnitId");
        if (unit == null) {
            form.error("orgUnitId", required);
        }
        ControlType type = form.choice(ControlType.class, "type", required);
        if (type == null) {
            form.error("type", required);
        }
        TestFrequency frequency = form.choice(TestFrequency.class, "frequency", required);
        if (frequency == null) {
            form.error("frequency", required);
        }
        UUID owner = null;
        String username = form.text("ownerUsername");
        if (username != null) {
            owner = users.findByUsername(username).map(UserSummary::id).orElse(null);
            if (owner == null) {
                form.error("ownerUsername", messages.getMessage("cx.form.unknownUser", new Object[] {username}, locale));
            }
        }
        List<UUID> reqs = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String line : form.items("requirements")) {
            String[] parts = line.split("\\s+", 2);
            Optional<RequirementRow> row = parts.length == 2 ? requirements.byRef(parts[0], parts[1]) : Optional.empty();
            row.ifPresentOrElse(r -> reqs.add(r.id()), () -> unknown.add(line));
        }
        if (!unknown.isEmpty()) {
            form.error("requirements", messages.getMessage("cx.control.unknownRequirements",
                    new Object[] {String.join(", ", unknown)}, locale));
        }
        List<UUID> assetIds = resolve(form, "assetCodes", c -> assets.findByCode(c).map(AssetSummary::id), locale);
        List<UUID> riskIds = resolve(form, "riskCodes", c -> risks.findByCode(c).map(RiskSummary::id), locale);
        return new ControlData(code, name, form.text("description"), unit, owner, type, frequency, reqs, assetIds,
                riskIds);
    }

    private List<UUID> resolve(PageForm form, String field, Function<String, Optional<UUID>> lookup, Locale locale) {
        List<UUID> ids = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String code : form.items(field)) {
            lookup.apply(code).ifPresentOrElse(ids::add, () -> unknown.add(code));
        }
        if (!unknown.isEmpty()) {
            form.error(field, messages.getMessage("cx.form.unknownCodes", new Object[] {String.join(", ", unknown)},
                    locale));
        }
        return ids;
    }
}
