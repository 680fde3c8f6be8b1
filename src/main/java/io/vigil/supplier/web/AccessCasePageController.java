package io.vigil.supplier.web;

import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.security.VigilPrincipal;
import io.vigil.shared.web.ListQuery;
import io.vigil.shared.web.TableColumns;
import io.vigil.shared.web.TableColumns.Column;
import io.vigil.shared.web.VigilException;
import io.vigil.supplier.internal.AccessCaseFilter;
import io.vigil.supplier.internal.AccessCaseQueries;
import io.vigil.supplier.internal.AccessCaseService;
import io.vigil.supplier.internal.AccessCaseView;
import io.vigil.supplier.internal.AccessCommitteeService;
import io.vigil.supplier.internal.AccessShortlistService;
import io.vigil.supplier.internal.AccessStages;
import io.vigil.supplier.internal.FieldProblem;
import io.vigil.supplier.internal.IllegalTransitionException;
import io.vigil.supplier.internal.InvalidSupplierException;
import io.vigil.supplier.internal.SupplierService;
import io.vigil.supplier.internal.SupplierView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The access-case screens: the list (shared table), the funnel, opening a case, and the case page with a
 * form for the current stage, declarations, objections, committee votes, the decision and catch-up. A
 * rejected form renders the page again with the messages beside the fields; success redirects.
 */
@Controller
@RequestMapping("/suppliers/access-cases")
class AccessCasePageController {

    static final List<Column> COLUMNS = List.of(
            new Column("supplier", "supplier.access.field.supplier", null, true),
            new Column("kind", "supplier.access.field.kind", "kind", true),
            new Column("stage", "supplier.access.field.stage", "stage", true),
            new Column("state", "supplier.access.field.state", "state", true),
            new Column("owner", "supplier.access.field.owner", null, true),
            new Column("openedAt", "supplier.access.field.openedAt", "openedAt", true),
            new Column("catchUp", "supplier.access.field.catchUpDeadline", null, true),
            new Column("expressReason", "supplier.access.field.expressReason", null, false));
    private static final List<String> SORTABLE = COLUMNS.stream().filter(c -> c.sortProperty() != null)
            .map(Column::sortProperty).toList();
    /** Stage data a form may send besides the required keys: free-text notes kept with the stage. */
    private static final Set<String> OPTIONAL_DATA = Set.of("documents", "findings", "report", "notes");

    private final AccessCaseService cases;
    private final AccessShortlistService shortlist;
    private final AccessCommitteeService committee;
    private final AccessCaseQueries queries;
    private final SupplierService suppliers;
    private final MessageSource messages;
    private final Clock clock;

    AccessCasePageController(AccessCaseService cases, AccessShortlistService shortlist,
            AccessCommitteeService committee, AccessCaseQueries queries, SupplierService suppliers,
            MessageSource messages, Clock clock) {
        this.cases = cases;
        this.shortlist = shortlist;
        this.committee = committee;
        this.queries = queries;
        this.suppliers = suppliers;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('supplier:read')")
    String list(HttpServletRequest request, HttpServletResponse response, Model model) {
        ListQuery query = ListQuery.of(request);
        UUID owner = "me".equals(query.param("owner"))
                ? VigilPrincipal.current().map(VigilPrincipal::userId).orElse(null) : null;
        AccessCaseFilter filter = new AccessCaseFilter(parse(AccessStages.Stage.class, query.param("stage")),
                parse(AccessStages.Kind.class, query.param("kind")), query.param("state"),
                "true".equals(query.param("overdue")), owner, uuid(query.param("supplier")));
        model.addAttribute("query", query);
        model.addAttribute("filter", filter);
        model.addAttribute("mine", owner != null);
        model.addAttribute("columns", TableColumns.choose("access-cases", COLUMNS, request, response));
        model.addAttribute("page", queries.list(filter,
                query.pageable(25, Sort.by(Sort.Direction.DESC, "openedAt"), SORTABLE)));
        model.addAttribute("stages", AccessStages.Stage.values());
        model.addAttribute("kinds", AccessStages.Kind.values());
        model.addAttribute("today", LocalDate.now(clock));
        if (filter.supplierId() != null) {
            model.addAttribute("supplier", suppliers.get(filter.supplierId()));
        }
        return "supplier/access-list";
    }

    @GetMapping("/funnel")
    @PreAuthorize("hasAuthority('supplier:read')")
    String funnel(Model model) {
        model.addAttribute("funnel", queries.funnel());
        return "supplier/access-funnel";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('supplier:write')")
    String newCase(@RequestParam UUID supplier, Model model) {
        return newForm(model, suppliers.get(supplier), "STANDARD", null, Map.of(), null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('supplier:write')")
    String open(@RequestParam UUID supplier, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String expressReason, Model model, RedirectAttributes redirect,
            Locale locale) {
        SupplierView shown = suppliers.get(supplier);
        try {
            AccessCaseView created = cases.open(supplier, parse(AccessStages.Kind.class, kind),
                    parse(AccessStages.ExpressReason.class, expressReason));
            redirect.addFlashAttribute("done", "supplier.access.done.opened");
            return "redirect:/suppliers/access-cases/" + created.id();
        } catch (InvalidSupplierException e) {
            return newForm(model, shown, kind, expressReason, errors(e, locale), null);
        } catch (VigilException e) {
            return newForm(model, shown, kind, expressReason, Map.of(), text(locale, e.messageKey(), e.arguments()));
        }
    }

    private String newForm(Model model, SupplierView supplier, String kind, String reason, Map<String, String> errors,
            String error) {
        model.addAttribute("supplier", supplier);
        model.addAttribute("kind", kind);
        model.addAttribute("expressReason", reason);
        model.addAttribute("reasons", AccessStages.ExpressReason.values());
        model.addAttribute("errors", errors);
        model.addAttribute("actionError", error);
        return "supplier/access-new";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('supplier:read')")
    String detail(@PathVariable UUID id, Model model) {
        return detail(id, model, null, Map.of(), Map.of(), null);
    }

    private String detail(UUID id, Model model, String form, Map<String, String> values, Map<String, String> errors,
            String actionError) {
        var detail = queries.detail(id);
        model.addAttribute("c", detail);
        // the document checklist is what the qualification review decides on; no other stage shows it
        model.addAttribute("checklist", "QUALIFICATION_REVIEW".equals(detail.view().stage())
                ? cases.documentChecklistOfCase(id) : List.of());
        model.addAttribute("form", form);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("actionError", actionError);
        model.addAttribute("emptyMap", Map.of());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("voteChoices", List.of("APPROVE", "REJECT", "ABSTAIN"));
        model.addAttribute("defaultWindowDays", queries.defaultObjectionWindowDays());
        return "supplier/access-detail";
    }

    @PostMapping("/{id}/stage")
    @PreAuthorize("hasAuthority('supplier:write')")
    String stage(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect, Locale locale) {
        Map<String, String> data = stageData(params);
        return act(id, "stage", data, model, redirect, locale, "supplier.access.done.stage",
                () -> cases.completeStage(id, data));
    }

    @PostMapping("/{id}/declaration")
    @PreAuthorize("hasAuthority('supplier:approve') or hasAuthority('supplier:write')")
    String declare(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean conflict,
            @RequestParam(required = false) String note, Model model, RedirectAttributes redirect, Locale locale) {
        return act(id, "declaration", values("note", note), model, redirect, locale, "supplier.access.done.declared",
                () -> cases.declare(id, conflict, note));
    }

    @PostMapping("/{id}/announcement")
    @PreAuthorize("hasAuthority('supplier:write')")
    String announce(@PathVariable UUID id, @RequestParam(required = false) String publishedOn,
            @RequestParam(required = false) String objectionWindowDays, Model model, RedirectAttributes redirect,
            Locale locale) {
        Map<String, String> values = values("publishedOn", publishedOn, "objectionWindowDays", objectionWindowDays);
        return act(id, "announcement", values, model, redirect, locale, "supplier.access.done.published", () -> {
            Integer days;
            try {
                days = objectionWindowDays == null || objectionWindowDays.isBlank() ? null
                        : Integer.valueOf(objectionWindowDays.strip());
            } catch (NumberFormatException e) {
                throw invalid("objectionWindowDays", "supplier.access.error.windowDays");
            }
            return shortlist.announce(id, date("publishedOn", publishedOn), days);
        });
    }

    @PostMapping("/{id}/objections")
    @PreAuthorize("hasAuthority('supplier:write')")
    String object(@PathVariable UUID id, @RequestParam(required = false) String objector,
            @RequestParam(required = false) String text, @RequestParam(required = false) String raisedOn, Model model,
            RedirectAttributes redirect, Locale locale) {
        Map<String, String> values = values("objector", objector, "text", text, "raisedOn", raisedOn);
        return act(id, "objection", values, model, redirect, locale, "supplier.access.done.objection",
                () -> shortlist.object(id, objector, text,
                        raisedOn == null || raisedOn.isBlank() ? null : date("raisedOn", raisedOn)));
    }

    @PostMapping("/{id}/objections/{objectionId}/resolve")
    @PreAuthorize("hasAuthority('supplier:write')")
    String resolve(@PathVariable UUID id, @PathVariable UUID objectionId,
            @RequestParam(required = false) String resolution, Model model, RedirectAttributes redirect, Locale locale) {
        return act(id, "resolve-" + objectionId, values("resolution", resolution), model, redirect, locale,
                "supplier.access.done.resolved", () -> shortlist.resolve(id, objectionId, resolution));
    }

    @PostMapping("/{id}/votes")
    @PreAuthorize("hasAuthority('supplier:approve') or hasAuthority('supplier:write')")
    String vote(@PathVariable UUID id, @RequestParam(required = false) String vote,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect, Locale locale) {
        return act(id, "vote", values("vote", vote, "reason", reason), model, redirect, locale,
                "supplier.access.done.voted", () -> committee.vote(id, vote, reason));
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasAuthority('supplier:approve') or hasAuthority('supplier:write')")
    String decide(@PathVariable UUID id, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect, Locale locale) {
        return act(id, "decision", values("outcome", outcome, "reason", reason), model, redirect, locale,
                "supplier.access.done.decided",
                () -> committee.decide(id, parse(AccessCommitteeService.Outcome.class, outcome), reason));
    }

    @PostMapping("/{id}/catch-up")
    @PreAuthorize("hasAuthority('supplier:write')")
    String catchUp(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect, Locale locale) {
        AccessStages.Stage stage = parse(AccessStages.Stage.class, params.get("stage"));
        Map<String, String> data = stageData(params);
        return act(id, "catchUp-" + stage, data, model, redirect, locale, "supplier.access.done.caughtUp",
                () -> cases.catchUp(id, stage, data));
    }

    /** Runs a change; validation problems and refusals render the case page again with the messages. */
    private String act(UUID id, String form, Map<String, String> values, Model model, RedirectAttributes redirect,
            Locale locale, String doneKey, Supplier<?> change) {
        try {
            change.get();
            redirect.addFlashAttribute("done", doneKey);
            return "redirect:/suppliers/access-cases/" + id;
        } catch (InvalidSupplierException e) {
            return detail(id, model, form, values, errors(e, locale), null);
        } catch (IllegalTransitionException e) {
            return detail(id, model, form, values, Map.of(), text(locale, "supplier.error.illegalTransition",
                    e.from(), e.to(), e.allowed()));
        } catch (VigilException e) {
            return detail(id, model, form, values, Map.of(), text(locale, e.messageKey(), e.arguments()));
        }
    }

    @ExceptionHandler(RecordNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    private static Map<String, String> stageData(Map<String, String> params) {
        Map<String, String> data = new LinkedHashMap<>();
        params.forEach((key, value) -> {
            boolean known = OPTIONAL_DATA.contains(key) || AccessStages.dataKeys().contains(key);
            if (known && value != null && !value.isBlank()) {
                data.put(key, value.strip());
            }
        });
        return data;
    }

    private static Map<String, String> values(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                values.put(pairs[i], pairs[i + 1]);
            }
        }
        return values;
    }

    private Map<String, String> errors(InvalidSupplierException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            String field = p.field().startsWith("data.") ? p.field().substring(5) : p.field();
            errors.putIfAbsent(field, text(locale, p.messageKey(), p.arguments()));
        }
        return errors;
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static InvalidSupplierException invalid(String field, String key) {
        return new InvalidSupplierException(List.of(new FieldProblem(field, key)));
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw invalid(field, "supplier.access.error.date");
        }
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        try {
            return text == null || text.isBlank() ? null : Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
