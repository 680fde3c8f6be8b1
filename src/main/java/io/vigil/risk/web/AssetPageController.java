package io.vigil.risk.web;

import io.vigil.audit.AuditHistory;
import io.vigil.identity.OrgUnitType;
import io.vigil.identity.OrgUnits;
import io.vigil.identity.Permission;
import io.vigil.risk.AssetType;
import io.vigil.risk.DataClassification;
import io.vigil.risk.PersonalInformation;
import io.vigil.risk.internal.AssetData;
import io.vigil.risk.internal.AssetExporter;
import io.vigil.risk.internal.AssetFilter;
import io.vigil.risk.internal.AssetRules;
import io.vigil.risk.internal.AssetService;
import io.vigil.risk.internal.AssetView;
import io.vigil.risk.internal.InvalidInputException;
import io.vigil.risk.internal.RiskService;
import io.vigil.risk.internal.SupplierLink;
import io.vigil.risk.internal.UserRefs;
import io.vigil.shared.spreadsheet.ExportFormat;
import io.vigil.shared.web.ListQuery;
import io.vigil.shared.web.TableColumns.Column;
import io.vigil.shared.web.TableColumns;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
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

/** The asset inventory screens: list (filters, sorting, columns, export), detail tabs, create and edit forms. */
@Controller
@RequestMapping("/assets")
class AssetPageController {

    static final List<Column> COLUMNS = List.of(
            new Column("code", "risk.asset.field.code", "code", true),
            new Column("name", "risk.asset.field.name", "name", true),
            new Column("type", "risk.asset.field.type", "type", true),
            new Column("orgUnit", "risk.field.orgUnit", null, true),
            new Column("site", "risk.asset.field.site", null, false),
            new Column("owner", "risk.field.owner", null, true),
            new Column("cia", "risk.asset.field.cia", null, true),
            new Column("dataClassification", "risk.asset.field.dataClassification", "dataClassification", false),
            new Column("personalInformation", "risk.asset.field.personalInformation", null, false),
            new Column("criticality", "risk.asset.field.criticality", "criticality", true),
            new Column("hostnames", "risk.asset.field.hostnames", null, false),
            new Column("updatedAt", "risk.field.updatedAt", "updatedAt", false));
    private static final List<String> SORTABLE = COLUMNS.stream().filter(Column::sortable).map(Column::sortProperty)
            .toList();

    private final AssetService assets;
    private final AssetExporter exporter;
    private final RiskService risks;
    private final OrgUnits orgUnits;
    private final UserRefs users;
    private final AuditHistory history;
    private final MessageSource messages;

    AssetPageController(AssetService assets, AssetExporter exporter, RiskService risks, OrgUnits orgUnits,
            UserRefs users, AuditHistory history, MessageSource messages) {
        this.assets = assets;
        this.exporter = exporter;
        this.risks = risks;
        this.orgUnits = orgUnits;
        this.users = users;
        this.history = history;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('risk:read')")
    String list(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        ListQuery query = ListQuery.of(request);
        AssetFilter filter = filter(query);
        model.addAttribute("query", query);
        model.addAttribute("filter", filter);
        model.addAttribute("filtered", !filter.isEmpty());
        model.addAttribute("columns", TableColumns.choose("assets", COLUMNS, request, response));
        model.addAttribute("page", assets.list(filter, query.pageable(25, Sort.by("code"), SORTABLE)));
        model.addAttribute("units", UnitOption.of(orgUnits.visibleTo(Permission.RISK_READ), locale));
        model.addAttribute("types", AssetType.values());
        model.addAttribute("classes", DataClassification.values());
        return "risk/assets";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('risk:read')")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format, HttpServletRequest request)
            throws IOException {
        ExportFormat parsed;
        try {
            parsed = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            parsed = ExportFormat.CSV;
        }
        return AssetApiController.download(exporter.export(filter(ListQuery.of(request)), parsed));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('risk:read')")
    String detail(@PathVariable UUID id, @RequestParam(defaultValue = "overview") String tab, Model model) {
        AssetView asset = assets.get(id);
        String shown = List.of("dependencies", "risks", "history").contains(tab) ? tab : "overview";
        model.addAttribute("asset", asset);
        model.addAttribute("tab", shown);
        model.addAttribute("canWrite", assets.canWrite(asset.orgUnit().id()));
        if ("dependencies".equals(shown)) {
            model.addAttribute("dependents", assets.dependents(id));
        }
        if ("risks".equals(shown)) {
            model.addAttribute("risks", risks.forAsset(id));
        }
        if ("history".equals(shown)) {
            // access to the record was checked by assets.get(id) above
            model.addAttribute("history", history.historyOf("Asset", id.toString()));
        }
        return "risk/asset-detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('risk:write')")
    String newForm(Model model, Locale locale) {
        FormValues form = new FormValues();
        form.values.put("confidentiality", "3");
        form.values.put("integrity", "3");
        form.values.put("availability", "3");
        return form(model, form, null, locale);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('risk:write')")
    String create(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
            RedirectAttributes redirect) {
        FormValues form = FormValues.of(params);
        AssetData data = toData(form, locale);
        if (!form.hasErrors()) {
            try {
                AssetView created = assets.create(data);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/assets/" + created.id();
            } catch (InvalidInputException e) {
                form.problems(e.problems(), AssetPageController::formField, messages, locale);
            }
        } else {
            form.problems(AssetRules.check(data), AssetPageController::formField, messages, locale);
        }
        return form(model, form, null, locale);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('risk:write')")
    String editForm(@PathVariable UUID id, Model model, Locale locale) {
        AssetView asset = assets.get(id);
        return form(model, values(asset), asset, locale);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('risk:write')")
    String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
            Locale locale, RedirectAttributes redirect) {
        AssetView current = assets.get(id);
        FormValues form = FormValues.of(params);
        AssetData data = toData(form, locale);
        if (!form.hasErrors()) {
            try {
                assets.update(id, Long.parseLong(form.values.getOrDefault("version", "-1")), data);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/assets/" + id;
            } catch (InvalidInputException e) {
                form.problems(e.problems(), AssetPageController::formField, messages, locale);
            } catch (OptimisticLockingFailureException | NumberFormatException e) {
                form.error("global", messages.getMessage("risk.error.stale", null, locale));
            }
        } else {
            form.problems(AssetRules.check(data), AssetPageController::formField, messages, locale);
        }
        return form(model, form, current, locale);
    }

    private String form(Model model, FormValues form, AssetView existing, Locale locale) {
        model.addAttribute("form", form.values);
        model.addAttribute("errors", form.errors);
        model.addAttribute("existing", existing);
        model.addAttribute("units", UnitOption.of(orgUnits.visibleTo(Permission.RISK_WRITE), locale));
        model.addAttribute("sites", orgUnits.all().stream().filter(u -> u.type() == OrgUnitType.SITE)
                .map(u -> new UnitOption(u.id(), u.displayName(locale))).toList());
        model.addAttribute("types", AssetType.values());
        model.addAttribute("classes", DataClassification.values());
        model.addAttribute("personal", PersonalInformation.values());
        return "risk/asset-form";
    }

    private static FormValues values(AssetView a) {
        FormValues form = new FormValues();
        form.values.put("code", a.code());
        form.values.put("name", a.name());
        form.values.put("type", a.type().name());
        form.values.put("description", a.description());
        form.values.put("orgUnitId", a.orgUnit().id().toString());
        form.values.put("siteUnitId", a.site() == null ? "" : a.site().id().toString());
        form.values.put("ownerUsername", a.owner() == null ? "" : a.owner().username());
        form.values.put("custodianUsername", a.custodian() == null ? "" : a.custodian().username());
        form.values.put("confidentiality", String.valueOf(a.confidentiality()));
        form.values.put("integrity", String.valueOf(a.integrity()));
        form.values.put("availability", String.valueOf(a.availability()));
        form.values.put("dataClassification", a.dataClassification().name());
        form.values.put("personalInformation", a.personalInformation().name());
        form.values.put("hostnames", String.join("\n", a.hostnames()));
        form.values.put("ipAddresses", String.join("\n", a.ipAddresses()));
        form.values.put("urls", String.join("\n", a.urls()));
        form.values.put("dependsOn", a.dependsOn().stream().filter(d -> d.code() != null).map(AssetView.AssetRef::code)
                .collect(Collectors.joining("\n")));
        form.values.put("suppliers", a.suppliers().stream().map(s -> s.id() == null ? s.name() : s.name() + "#" + s.id())
                .collect(Collectors.joining("\n")));
        form.values.put("version", String.valueOf(a.version()));
        return form;
    }

    /** Form text to asset values; usernames and codes that find nothing are field errors. */
    private AssetData toData(FormValues form, Locale locale) {
        UUID owner = user(form, "ownerUsername", locale);
        UUID custodian = user(form, "custodianUsername", locale);
        List<UUID> dependsOn = new ArrayList<>();
        for (String code : form.lines("dependsOn")) {
            assets.findVisibleId(code).ifPresentOrElse(dependsOn::add, () -> form.error("dependsOn",
                    messages.getMessage("risk.error.unknownAsset", new Object[] {code}, locale)));
        }
        List<SupplierLink> suppliers = new ArrayList<>();
        for (String line : form.lines("suppliers")) {
            int hash = line.lastIndexOf('#');
            try {
                suppliers.add(hash < 0 ? new SupplierLink(line, null)
                        : new SupplierLink(line.substring(0, hash).strip(), UUID.fromString(line.substring(hash + 1).strip())));
            } catch (IllegalArgumentException e) {
                form.error("suppliers", messages.getMessage("risk.import.error.supplier", new Object[] {line}, locale));
            }
        }
        return new AssetData(form.text("code"), form.text("name"),
                form.parse("type", AssetType::valueOf, "risk.error.format", messages, locale), form.text("description"),
                form.uuid("orgUnitId"), form.uuid("siteUnitId"), owner, custodian,
                form.parse("confidentiality", Integer::valueOf, "risk.error.rating", messages, locale),
                form.parse("integrity", Integer::valueOf, "risk.error.rating", messages, locale),
                form.parse("availability", Integer::valueOf, "risk.error.rating", messages, locale),
                form.parse("dataClassification", DataClassification::valueOf, "risk.error.format", messages, locale),
                form.parse("personalInformation", PersonalInformation::valueOf, "risk.error.format", messages, locale),
                form.lines("hostnames"), form.lines("ipAddresses"), form.lines("urls"), dependsOn, suppliers);
    }

    private UUID user(FormValues form, String field, Locale locale) {
        String username = form.text(field);
        if (username == null) {
            return null;
        }
        return users.idOf(username).orElseGet(() -> {
            form.error(field, messages.getMessage("risk.error.unknownUser", null, locale));
            return null;
        });
    }

    static String formField(String field) {
        return switch (field) {
            case "ownerUserId" -> "ownerUsername";
            case "custodianUserId" -> "custodianUsername";
            default -> field;
        };
    }

    static AssetFilter filter(ListQuery query) {
        return new AssetFilter(uuid(query.param("orgUnit")), parse(query.param("type"), AssetType.class),
                integer(query.param("minCriticality")), parse(query.param("dataClassification"), DataClassification.class),
                uuid(query.param("owner")), query.param("q"));
    }

    static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Integer integer(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E parse(String text, Class<E> type) {
        try {
            return text == null || text.isBlank() ? null : Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
