package io.vigil.supplier.web;

import io.vigil.audit.AuditHistory;
import io.vigil.identity.OrgUnitView;
import io.vigil.identity.OrgUnits;
import io.vigil.identity.Permission;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.web.VigilException;
import io.vigil.supplier.BlacklistReason;
import io.vigil.supplier.CriticalityTier;
import io.vigil.supplier.internal.FieldProblem;
import io.vigil.supplier.internal.IllegalTransitionException;
import io.vigil.supplier.internal.InvalidSupplierException;
import io.vigil.supplier.internal.StatusTransitions;
import io.vigil.supplier.internal.SupplierDocumentService;
import io.vigil.supplier.internal.SupplierService;
import io.vigil.supplier.internal.SupplierStatusService;
import io.vigil.supplier.internal.SupplierView;
import io.vigil.supplier.SupplierStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One supplier's page (overview, classification, documents, history) and the register and edit forms. */
@Controller
@RequestMapping("/suppliers")
class SupplierPageController {

    private static final List<String> TABS = List.of("overview", "status", "documents", "reviews", "rectification",
            "history");

    private final SupplierService suppliers;
    private final SupplierStatusService statuses;
    private final OrgUnits orgUnits;
    private final AuditHistory history;
    private final Clock clock;
    private final SupplierDocumentService documents;

    SupplierPageController(SupplierService suppliers, SupplierStatusService statuses, OrgUnits orgUnits,
            AuditHistory history, Clock clock, SupplierDocumentService documents) {
        this.suppliers = suppliers;
        this.statuses = statuses;
        this.orgUnits = orgUnits;
        this.history = history;
        this.clock = clock;
        this.documents = documents;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('supplier:read')")
    String detail(@PathVariable UUID id, @RequestParam(defaultValue = "overview") String tab, Model model) {
        SupplierView supplier = suppliers.get(id);
        String shown = TABS.contains(tab) ? tab : "overview";
        model.addAttribute("supplier", supplier);
        model.addAttribute("tab", shown);
        model.addAttribute("canWrite", suppliers.canWrite(supplier.orgUnitId()));
        model.addAttribute("categories", suppliers.categories());
        model.addAttribute("requests", statuses.requests(id));
        model.addAttribute("allowed", StatusTransitions.allowedFrom(supplier.status()).stream().sorted().toList());
        model.addAttribute("reasonCodes", BlacklistReason.values());
        model.addAttribute("documents", documents.ofSupplier(id));
        if ("history".equals(shown)) {
            // access to the record was checked by suppliers.get(id) above
            model.addAttribute("history", history.historyOf("Supplier", id.toString()));
        }
        return "supplier/detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('supplier:write')")
    String newForm(Model model, Locale locale) {
        SupplierForm form = new SupplierForm();
        form.setRegisteredOn(LocalDate.now(clock));
        form.setCountry("CN");
        return form(model, form, null, locale);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('supplier:write')")
    String create(@ModelAttribute("supplier") SupplierForm form, BindingResult binding, Model model, Locale locale,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                SupplierView created = suppliers.create(form.toData(null));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/suppliers/" + created.id();
            } catch (InvalidSupplierException e) {
                reject(binding, e.problems());
            }
        }
        return form(model, form, null, locale);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('supplier:write')")
    String editForm(@PathVariable UUID id, Model model, Locale locale) {
        SupplierView supplier = suppliers.get(id);
        return form(model, SupplierForm.of(supplier), supplier, locale);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('supplier:write')")
    String update(@PathVariable UUID id, @ModelAttribute("supplier") SupplierForm form, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        SupplierView current = suppliers.get(id);
        if (!binding.hasErrors()) {
            try {
                suppliers.update(id, form.getVersion(), form.toData(current));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/suppliers/" + id;
            } catch (InvalidSupplierException e) {
                reject(binding, e.problems());
            } catch (OptimisticLockingFailureException e) {
                binding.reject("problem.staleVersion.detail");
            }
        }
        return form(model, form, current, locale);
    }

    @PostMapping("/{id}/status")
    @PreAuthorize("hasAuthority('supplier:write')")
    String changeStatus(@PathVariable UUID id, @RequestParam(required = false) SupplierStatus status,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String reasonCode,
            @RequestParam long version, RedirectAttributes redirect) {
        try {
            SupplierStatusService.Outcome outcome = statuses.request(id, status, reason, reasonCode, version);
            redirect.addFlashAttribute(outcome.pending() == null ? "statusChanged" : "statusRequested", status);
        } catch (InvalidSupplierException e) {
            FieldProblem first = e.problems().get(0);
            redirect.addFlashAttribute("statusError", first.messageKey());
            redirect.addFlashAttribute("statusErrorArgs", first.arguments());
        } catch (IllegalTransitionException e) {
            redirect.addFlashAttribute("statusError", "supplier.error.illegalTransition");
            redirect.addFlashAttribute("statusErrorArgs", new Object[] {e.from(), e.to(), e.allowed()});
        } catch (VigilException e) {
            redirect.addFlashAttribute("statusError", e.messageKey());
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("statusError", "problem.staleVersion.detail");
        }
        return "redirect:/suppliers/" + id + "?tab=status";
    }

    @PostMapping("/{id}/status-requests/{requestId}/{decision}")
    @PreAuthorize("hasAuthority('supplier:approve') or hasAuthority('supplier:read')")
    String decide(@PathVariable UUID id, @PathVariable UUID requestId, @PathVariable String decision,
            RedirectAttributes redirect) {
        try {
            if ("approve".equals(decision)) {
                statuses.approve(id, requestId);
            } else {
                statuses.reject(id, requestId, null);
            }
        } catch (VigilException e) {
            redirect.addFlashAttribute("statusError", e.messageKey());
        } catch (IllegalTransitionException e) {
            redirect.addFlashAttribute("statusError", "supplier.error.illegalTransition");
            redirect.addFlashAttribute("statusErrorArgs", new Object[] {e.from(), e.to(), e.allowed()});
        }
        return "redirect:/suppliers/" + id + "?tab=status";
    }

    @ExceptionHandler(RecordNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    private String form(Model model, SupplierForm form, SupplierView existing, Locale locale) {
        model.addAttribute("supplier", form);
        model.addAttribute("existing", existing);
        List<OrgUnitView> units = orgUnits.visibleTo(Permission.SUPPLIER_WRITE);
        int top = units.stream().mapToInt(OrgUnitView::depth).min().orElse(0);
        model.addAttribute("units", units.stream().map(u -> new String[] {u.id().toString(),
                "\u00a0\u00a0".repeat(Math.max(0, u.depth() - top)) + u.displayName(locale)}).toList());
        model.addAttribute("categories", suppliers.categories());
        model.addAttribute("tiers", CriticalityTier.values());
        return "supplier/form";
    }

    private static void reject(BindingResult binding, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            String field = SupplierForm.formField(problem.field());
            if (binding.getFieldErrorCount(field) == 0) {
                binding.rejectValue(field, problem.messageKey(), problem.arguments(), problem.messageKey());
            }
        }
    }
}
