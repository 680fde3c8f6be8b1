package io.vigil.supplier.web;

import io.vigil.audit.AuditHistory;
import io.vigil.identity.UserDirectory;
import io.vigil.identity.UserSummary;
import io.vigil.shared.web.ListQuery;
import io.vigil.shared.web.TableColumns;
import io.vigil.shared.web.TableColumns.Column;
import io.vigil.supplier.internal.BidView;
import io.vigil.supplier.internal.InvalidSupplierException;
import io.vigil.supplier.internal.SourcingEvaluationService;
import io.vigil.supplier.internal.SourcingEventView;
import io.vigil.supplier.internal.SourcingFilter;
import io.vigil.supplier.internal.SourcingService;
import io.vigil.supplier.internal.SupplierService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sourcing screens: the list, the new-event form and one event's tabs with its actions. */
@Controller
@RequestMapping("/sourcing")
class SourcingPageController {

    static final List<Column> COLUMNS = List.of(
            new Column("title", "sourcing.field.title", "title", true),
            new Column("kind", "sourcing.field.kind", "kind", true),
            new Column("category", "sourcing.field.category", "category", true),
            new Column("budget", "sourcing.field.budget", "budget", true),
            new Column("invited", "sourcing.field.invited", null, true),
            new Column("bids", "sourcing.field.bids", null, true),
            new Column("state", "sourcing.field.state", "state", true),
            new Column("createdAt", "sourcing.field.createdAt", "createdAt", false));
    private static final List<String> SORTABLE = COLUMNS.stream().filter(Column::sortable)
            .map(Column::sortProperty).toList();
    private static final List<String> TABS = List.of("overview", "invitations", "panel", "bids", "ranking", "history");
    private static final List<String> STATES = List.of("DRAFT", "OPEN", "EVALUATION", "AWARDED", "CLOSED", "CANCELLED");
    private static final List<String> KINDS = List.of("RFQ", "TENDER", "SINGLE_SOURCE");

    private final SourcingService sourcing;
    private final SourcingEvaluationService evaluation;
    private final SupplierService suppliers;
    private final UserDirectory users;
    private final AuditHistory history;
    private final SourcingPageErrors errors;

    SourcingPageController(SourcingService sourcing, SourcingEvaluationService evaluation, SupplierService suppliers,
            UserDirectory users, AuditHistory history, SourcingPageErrors errors) {
        this.sourcing = sourcing;
        this.evaluation = evaluation;
        this.suppliers = suppliers;
        this.users = users;
        this.history = history;
        this.errors = errors;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('supplier:read')")
    String list(HttpServletRequest request, HttpServletResponse response, Model model) {
        ListQuery query = ListQuery.of(request);
        SourcingFilter filter = new SourcingFilter(blank(query.param("state")), blank(query.param("kind")),
                blank(query.param("category")), blank(query.param("q")));
        model.addAttribute("query", query);
        model.addAttribute("filter", filter);
        model.addAttribute("columns", TableColumns.choose("sourcing", COLUMNS, request, response));
        model.addAttribute("page", sourcing.list(filter, query.pageable(25, Sort.by(Sort.Direction.DESC, "createdAt"),
                SORTABLE)));
        model.addAttribute("states", STATES);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("categories", suppliers.categories());
        return "sourcing/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('supplier:write')")
    String newForm(Model model) {
        model.addAttribute("form", Map.of("priceWeight", "40", "currency", "CNY", "kind", "RFQ"));
        return form(model, Map.of());
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('supplier:write')")
    String create(@RequestParam Map<String, String> params, Model model, Locale locale) {
        try {
            SourcingEventView created = sourcing.create(new SourcingService.NewEvent(params.get("title"),
                    blank(params.get("kind")), blank(params.get("category")), decimalOrNull(params.get("budget")),
                    blank(params.get("currency")), null, integerOrNull(params.get("priceWeight"))));
            return "redirect:/sourcing/" + created.id();
        } catch (InvalidSupplierException e) {
            model.addAttribute("form", params);
            return form(model, errors.fieldErrors(e, locale));
        }
    }

    private String form(Model model, Map<String, String> fieldErrors) {
        model.addAttribute("errors", fieldErrors);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("categories", suppliers.categories());
        return "sourcing/form";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('supplier:read')")
    String detail(@PathVariable UUID id, @RequestParam(defaultValue = "overview") String tab, Model model) {
        SourcingEventView event = sourcing.get(id);
        String shown = TABS.contains(tab) ? tab : "overview";
        var standing = evaluation.standing(id);
        List<BidView> bids = standing.canSeeBids() ? evaluation.bids(id) : List.of();
        model.addAttribute("event", event);
        model.addAttribute("tab", shown);
        model.addAttribute("canWrite", sourcing.canWrite(id));
        model.addAttribute("standing", standing);
        model.addAttribute("bids", bids);
        model.addAttribute("evaluation", standing.canSeeBids() ? evaluation.evaluation(id) : null);
        model.addAttribute("categories", suppliers.categories());
        Set<UUID> supplierIds = new HashSet<>();
        event.invitations().forEach(i -> supplierIds.add(i.supplierId()));
        Set<UUID> userIds = new HashSet<>();
        userIds.add(event.ownerId());
        event.panel().forEach(m -> userIds.add(m.userId()));
        event.transitions().forEach(t -> userIds.add(t.actorId()));
        model.addAttribute("supplierNames", sourcing.supplierNames(supplierIds));
        model.addAttribute("userNames", names(userIds));
        model.addAttribute("biddersWithoutBid", event.invitations().stream()
                .filter(i -> bids.stream().noneMatch(b -> b.supplierId().equals(i.supplierId()))).toList());
        if ("invitations".equals(shown) && List.of("DRAFT", "OPEN").contains(event.state())) {
            model.addAttribute("pool", sourcing.pool(id));
        }
        if ("history".equals(shown) && standing.canSeeBids()) {
            // the trail records bid prices: an undeclared panel member does not see it either
            model.addAttribute("history", history.historyOf("SupplierSourcingEvent", id.toString()));
        }
        return "sourcing/detail";
    }

    @PostMapping("/{id}/invite")
    @PreAuthorize("hasAuthority('supplier:write')")
    String invite(@PathVariable UUID id, @RequestParam(required = false) UUID supplierId, Locale locale,
            RedirectAttributes redirect) {
        String[] warning = new String[1];
        if (errors.attempt(() -> warning[0] = sourcing.invite(id, supplierId).warning(), redirect, locale)) {
            redirect.addFlashAttribute(warning[0] != null ? "warning" : "message", true);
        }
        return back(id, "invitations");
    }

    @PostMapping("/{id}/panel")
    @PreAuthorize("hasAuthority('supplier:write')")
    String addMember(@PathVariable UUID id, @RequestParam(defaultValue = "") String username, Locale locale,
            RedirectAttributes redirect) {
        UUID user = users.findByUsername(username.strip()).map(UserSummary::id).orElse(null);
        if (errors.attempt(() -> evaluation.addMember(id, user), redirect, locale)) {
            redirect.addFlashAttribute("message", true);
        }
        return back(id, "panel");
    }

    @PostMapping("/{id}/declaration")
    @PreAuthorize("hasAuthority('supplier:read')")
    String declare(@PathVariable UUID id, @RequestParam(required = false) List<UUID> conflicts,
            @RequestParam(required = false) String note, Locale locale, RedirectAttributes redirect) {
        if (errors.attempt(() -> evaluation.declare(id, conflicts == null ? List.of() : conflicts, note), redirect,
                locale)) {
            redirect.addFlashAttribute("message", true);
        }
        return back(id, "panel");
    }

    @PostMapping("/{id}/bids")
    @PreAuthorize("hasAuthority('supplier:write')")
    String bid(@PathVariable UUID id, @RequestParam(required = false) UUID supplierId,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String notes,
            @RequestParam(required = false) String documents, Locale locale, RedirectAttributes redirect) {
        if (errors.attempt(() -> evaluation.submitBid(id, new SourcingEvaluationService.NewBid(supplierId,
                decimalOrNull(amount), null, notes, documents)), redirect, locale)) {
            redirect.addFlashAttribute("message", true);
        }
        return back(id, "bids");
    }

    @PostMapping("/{id}/bids/{bidId}/score")
    @PreAuthorize("hasAuthority('supplier:read')")
    String score(@PathVariable UUID id, @PathVariable UUID bidId, @RequestParam(required = false) String score,
            @RequestParam(required = false) String comment, Locale locale, RedirectAttributes redirect) {
        if (errors.attempt(() -> evaluation.score(id, bidId, integerOrNull(score), comment), redirect, locale)) {
            redirect.addFlashAttribute("message", true);
        }
        return back(id, "bids");
    }

    @PostMapping("/{id}/transition")
    @PreAuthorize("hasAuthority('supplier:write')")
    String transition(@PathVariable UUID id, @RequestParam(defaultValue = "") String to,
            @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
            Locale locale, RedirectAttributes redirect) {
        if (errors.attempt(() -> sourcing.transition(id, to, reason, version), redirect, locale)) {
            redirect.addFlashAttribute("message", true);
        }
        return back(id, "overview");
    }

    @PostMapping("/{id}/award")
    @PreAuthorize("hasAuthority('supplier:write')")
    String award(@PathVariable UUID id, @RequestParam(required = false) UUID bidId,
            @RequestParam(required = false) String justification, @RequestParam(defaultValue = "false") boolean notTopRanked,
            @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        if (errors.attempt(() -> sourcing.award(id, new SourcingService.AwardRequest(bidId, null, justification,
                notTopRanked, version)), redirect, locale)) {
            redirect.addFlashAttribute("message", true);
            return back(id, "overview");
        }
        return back(id, "ranking");
    }

    private Map<UUID, String> names(Set<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        for (UUID id : ids) {
            users.find(id).ifPresent(u -> names.put(id, u.displayName() != null ? u.displayName() : u.username()));
        }
        return names;
    }

    private static String back(UUID id, String tab) {
        return "redirect:/sourcing/" + id + "?tab=" + tab;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static BigDecimal decimal(String text) {
        return blank(text) == null ? null : new BigDecimal(text.strip());
    }

    private static BigDecimal decimalOrNull(String text) {
        try {
            return decimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(String text) {
        return blank(text) == null ? null : Integer.valueOf(text.strip());
    }

    private static Integer integerOrNull(String text) {
        try {
            return integer(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
