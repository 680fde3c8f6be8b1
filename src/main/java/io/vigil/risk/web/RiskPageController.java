package io.vigil.risk.web;

import io.vigil.audit.AuditHistory;
import io.vigil.identity.OrgUnits;
import io.vigil.identity.Permission;
import io.vigil.risk.RiskLevel;
import io.vigil.risk.RiskStatus;
import io.vigil.risk.Treatment;
import io.vigil.risk.internal.FieldProblem;
import io.vigil.risk.internal.InvalidInputException;
import io.vigil.risk.internal.RiskData;
import io.vigil.risk.internal.RiskFilter;
import io.vigil.risk.internal.RiskMatrix;
import io.vigil.risk.internal.RiskService;
import io.vigil.risk.internal.RiskView;
import io.vigil.risk.internal.ThreatCatalogue;
import io.vigil.risk.internal.AssetService;
import io.vigil.risk.internal.UserRefs;
import io.vigil.shared.web.ListQuery;
import io.vigil.shared.web.TableColumns;
import io.vigil.shared.web.TableColumns.Column;
import io.vigil.shared.web.VigilException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The risk register screens: list, heat maps with the top ten, detail with treatment and reviews, forms. */
@Controller
@RequestMapping("/risks")
class RiskPageController {

    static final List<Column> COLUMNS = List.of(
            new Column("code", "risk.field.code", "code", true),
            new Column("title", "risk.field.title", "title", true),
            new Column("orgUnit", "risk.field.orgUnit", null, true),
            new Column("threat", "risk.field.threat", null, false),
            new Column("inherent", "risk.field.inherent", "inherentScore", true),
            new Column("residual", "risk.field.residual", "residualScore", true),
            new Column("owner", "risk.field.owner", null, true),
            new Column("treatment", "risk.field.treatment", "treatment", true),
            new Column("status", "risk.field.status", "status", true),
            new Column("nextReviewOn", "risk.field.nextReviewOn", "nextReviewOn", false));
    private static final List<String> SORTABLE = COLUMNS.stream().filter(Column::sortable).map(Column::sortProperty)
            .toList();

    private final RiskService risks;
    private final AssetService assets;
    private final ThreatCatalogue threats;
    private final RiskMatrix matrix;
    private final OrgUnits orgUnits;
    private final UserRefs users;
    private final AuditHistory history;
    private final MessageSource messages;

    RiskPageController(RiskService risks, AssetService assets, ThreatCatalogue threats, RiskMatrix matrix,
            OrgUnits orgUnits, UserRefs users, AuditHistory history, MessageSource messages) {
        this.risks = risks;
        this.assets = assets;
        this.threats = threats;
        this.matrix = matrix;
        this.orgUnits = orgUnits;
        this.users = users;
        this.history = history;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('risk:read')")
    String list(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        ListQuery query = ListQuery.of(request);
        RiskFilter filter = filter(query);
        model.addAttribute("query", query);
        model.addAttribute("filter", filter);
        model.addAttribute("filtered", !filter.equals(RiskFilter.none()));
        model.addAttribute("columns", TableColumns.choose("risks", COLUMNS, request, response));
        model.addAttribute("page", risks.list(filter, query.pageable(25,
                Sort.by(Sort.Direction.DESC, "residualScore").and(Sort.by("code")), SORTABLE)));
        model.addAttribute("units", UnitOption.of(orgUnits.visibleTo(Permission.RISK_READ), locale));
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("statuses", RiskStatus.values());
        model.addAttribute("treatments", Treatment.values());
        return "risk/risks";
    }

    @GetMapping("/heatmap")
    @PreAuthorize("hasAuthority('risk:read')")
    String heatMap(Model model) {
        model.addAttribute("inherent", HeatMap.of(risks.heatMap(false), matrix, "inherent"));
        model.addAttribute("residual", HeatMap.of(risks.heatMap(true), matrix, "residual"));
        model.addAttribute("top", risks.top(10));
        model.addAttribute("appetite", matrix.appetite());
        return "risk/heatmap";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('risk:read')")
    String detail(@PathVariable UUID id, @RequestParam(defaultValue = "overview") String tab, Model model) {
        RiskView risk = risks.get(id);
        String shown = List.of("treatment", "scores", "history").contains(tab) ? tab : "overview";
        model.addAttribute("risk", risk);
        model.addAttribute("tab", shown);
        model.addAttribute("canWrite", risks.canWrite(risk.orgUnit().id()));
        model.addAttribute("appetite", matrix.appetite());
        if ("treatment".equals(shown)) {
            var plan = risks.plan(id);
            model.addAttribute("plan", plan);
            model.addAttribute("planOwners", users.resolve(plan.stream().map(p -> p.getOwnerUserId()).toList()));
        }
        if ("scores".equals(shown)) {
            model.addAttribute("scores", risks.scoreHistory(id));
        }
        if ("history".equals(shown)) {
            model.addAttribute("history", history.historyOf("Risk", id.toString()));
        }
        return "risk/risk-detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('risk:write')")
    String newForm(@RequestParam(required = false) String asset, Model model, Locale locale) {
        FormValues form = new FormValues();
        form.values.put("inherentLikelihood", "3");
        form.values.put("inherentImpact", "3");
        if (asset != null) {
            form.values.put("assetCodes", asset);
        }
        return form(model, form, null, locale);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('risk:write')")
    String create(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
            RedirectAttributes redirect) {
        FormValues form = FormValues.of(params);
        RiskData data = toData(form, locale);
        if (!form.hasErrors()) {
            try {
                RiskView created = risks.create(data);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/risks/" + created.id();
            } catch (InvalidInputException e) {
                form.problems(e.problems(), RiskPageController::formField, messages, locale);
            }
        }
        return form(model, form, null, locale);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('risk:write')")
    String editForm(@PathVariable UUID id, Model model, Locale locale) {
        RiskView risk = risks.get(id);
        return form(model, values(risk), risk, locale);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('risk:write')")
    String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
            Locale locale, RedirectAttributes redirect) {
        RiskView current = risks.get(id);
        FormValues form = FormValues.of(params);
        RiskData data = toData(form, locale);
        if (!form.hasErrors()) {
            try {
                risks.update(id, Long.parseLong(form.values.getOrDefault("version", "-1")), data);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/risks/" + id;
            } catch (InvalidInputException e) {
                form.problems(e.problems(), RiskPageController::formField, messages, locale);
            } catch (OptimisticLockingFailureException | NumberFormatException e) {
                form.error("global", messages.getMessage("risk.error.stale", null, locale));
            }
        }
        return form(model, form, current, locale);
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasAuthority('risk:approve')")
    String accept(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String justification,
            @RequestParam(required = false) String expiresOn, Locale locale, RedirectAttributes redirect) {
        return act(id, "treatment", redirect, locale, () -> risks.accept(id, version, justification,
                expiresOn == null || expiresOn.isBlank() ? null : LocalDate.parse(expiresOn)));
    }

    @PostMapping("/{id}/review")
    @PreAuthorize("hasAuthority('risk:write')")
    String review(@PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) Integer residualLikelihood,
            @RequestParam(required = false) Integer residualImpact, @RequestParam(required = false) String note,
            Locale locale, RedirectAttributes redirect) {
        return act(id, "scores", redirect, locale,
                () -> risks.review(id, version, residualLikelihood, residualImpact, note));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAuthority('risk:write')")
    String close(@PathVariable UUID id, @RequestParam long version, Locale locale, RedirectAttributes redirect) {
        return act(id, "overview", redirect, locale, () -> risks.close(id, version));
    }

    @PostMapping("/{id}/plan")
    @PreAuthorize("hasAuthority('risk:write')")
    String addPlanItem(@PathVariable UUID id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String ownerUsername, @RequestParam(required = false) String dueDate,
            Locale locale, RedirectAttributes redirect) {
        return act(id, "treatment", redirect, locale, () -> {
            UUID owner = ownerUsername == null || ownerUsername.isBlank() ? null
                    : users.idOf(ownerUsername.strip()).orElseThrow(() -> new InvalidInputException(
                            List.of(new FieldProblem("ownerUsername", "risk.error.unknownUser"))));
            risks.addPlanItem(id, title, owner, dueDate == null || dueDate.isBlank() ? null : LocalDate.parse(dueDate));
        });
    }

    @PostMapping("/{id}/plan/{itemId}/complete")
    @PreAuthorize("hasAuthority('risk:write')")
    String completePlanItem(@PathVariable UUID id, @PathVariable UUID itemId, Locale locale,
            RedirectAttributes redirect) {
        return act(id, "treatment", redirect, locale, () -> risks.completePlanItem(id, itemId));
    }

    /** Runs an action and reports its outcome on the detail page; refusals and bad input are shown, not thrown. */
    private String act(UUID id, String tab, RedirectAttributes redirect, Locale locale, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("actionError", e.problems().stream()
                    .map(p -> messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale))
                    .collect(Collectors.joining(" ")));
        } catch (VigilException e) {
            redirect.addFlashAttribute("actionError",
                    messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("actionError", messages.getMessage("risk.error.stale", null, locale));
        } catch (java.time.format.DateTimeParseException e) {
            redirect.addFlashAttribute("actionError", messages.getMessage("risk.error.format", null, locale));
        }
        return "redirect:/risks/" + id + "?tab=" + tab;
    }

    private String form(Model model, FormValues form, RiskView existing, Locale locale) {
        model.addAttribute("form", form.values);
        model.addAttribute("errors", form.errors);
        model.addAttribute("existing", existing);
        model.addAttribute("units", UnitOption.of(orgUnits.visibleTo(Permission.RISK_WRITE), locale));
        model.addAttribute("threats", threats.all());
        model.addAttribute("treatments", Treatment.values());
        model.addAttribute("likelihoods", range(matrix.likelihoodLevels()));
        model.addAttribute("impacts", range(matrix.impactLevels()));
        return "risk/risk-form";
    }

    private static List<Integer> range(int n) {
        List<Integer> levels = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            levels.add(i);
        }
        return levels;
    }

    private static FormValues values(RiskView r) {
        FormValues form = new FormValues();
        form.values.put("title", r.title());
        form.values.put("description", r.description());
        form.values.put("orgUnitId", r.orgUnit().id().toString());
        form.values.put("threatCode", r.threat().code());
        form.values.put("vulnerability", r.vulnerability());
        form.values.put("existingControls", r.existingControls());
        form.values.put("inherentLikelihood", String.valueOf(r.inherentLikelihood()));
        form.values.put("inherentImpact", String.valueOf(r.inherentImpact()));
        form.values.put("residualLikelihood", String.valueOf(r.residualLikelihood()));
        form.values.put("residualImpact", String.valueOf(r.residualImpact()));
        form.values.put("ownerUsername", r.owner() == null ? "" : r.owner().username());
        form.values.put("treatment", r.treatment().name());
        form.values.put("assetCodes", r.assets().stream().filter(a -> a.code() != null).map(a -> a.code())
                .collect(Collectors.joining("\n")));
        form.values.put("version", String.valueOf(r.version()));
        return form;
    }

    private RiskData toData(FormValues form, Locale locale) {
        UUID owner = null;
        String username = form.text("ownerUsername");
        if (username == null) {
            form.error("ownerUsername", messages.getMessage("risk.error.required", null, locale));
        } else {
            owner = users.idOf(username).orElse(null);
            if (owner == null) {
                form.error("ownerUsername", messages.getMessage("risk.error.unknownUser", null, locale));
            }
        }
        List<UUID> assetIds = new ArrayList<>();
        for (String code : form.lines("assetCodes")) {
            assets.findVisibleId(code).ifPresentOrElse(assetIds::add, () -> form.error("assetCodes",
                    messages.getMessage("risk.error.unknownAsset", new Object[] {code}, locale)));
        }
        return new RiskData(form.text("title"), form.text("description"), form.uuid("orgUnitId"),
                form.text("threatCode"), form.text("vulnerability"), form.text("existingControls"),
                form.parse("inherentLikelihood", Integer::valueOf, "risk.error.format", messages, locale),
                form.parse("inherentImpact", Integer::valueOf, "risk.error.format", messages, locale),
                form.parse("residualLikelihood", Integer::valueOf, "risk.error.format", messages, locale),
                form.parse("residualImpact", Integer::valueOf, "risk.error.format", messages, locale), owner,
                form.parse("treatment", Treatment::valueOf, "risk.error.format", messages, locale), assetIds);
    }

    static String formField(String field) {
        return switch (field) {
            case "ownerUserId" -> "ownerUsername";
            case "assetIds" -> "assetCodes";
            default -> field;
        };
    }

    static RiskFilter filter(ListQuery query) {
        return new RiskFilter(AssetPageController.parse(query.param("level"), RiskLevel.class),
                AssetPageController.parse(query.param("status"), RiskStatus.class),
                AssetPageController.uuid(query.param("owner")), AssetPageController.uuid(query.param("asset")),
                AssetPageController.parse(query.param("treatment"), Treatment.class),
                AssetPageController.uuid(query.param("orgUnit")), query.param("q"),
                "inherent".equals(query.param("matrix")) ? "inherent" : null,
                AssetPageController.integer(query.param("likelihood")), AssetPageController.integer(query.param("impact")));
    }
}
