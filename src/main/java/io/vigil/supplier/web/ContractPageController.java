package io.vigil.supplier.web;

import io.vigil.audit.AuditHistory;
import io.vigil.identity.UserDirectory;
import io.vigil.shared.spreadsheet.ExportFormat;
import io.vigil.shared.web.ListQuery;
import io.vigil.shared.web.TableColumns.Column;
import io.vigil.shared.web.TableColumns;
import io.vigil.shared.web.VigilException;
import io.vigil.supplier.internal.ContractExporter;
import io.vigil.supplier.internal.ContractFilter;
import io.vigil.supplier.internal.ContractService;
import io.vigil.supplier.internal.ContractView;
import io.vigil.supplier.internal.InvalidSupplierException;
import io.vigil.supplier.internal.SourcingRefusedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Contract screens: the list with filters and export, the new-contract form, one contract, and a supplier's contracts. */
@Controller
class ContractPageController {

    static final List<Column> COLUMNS = List.of(
            new Column("number", "contract.field.number", "number", true),
            new Column("title", "contract.field.title", "title", true),
            new Column("supplier", "contract.field.supplier", null, true),
            new Column("value", "contract.field.value", "value", true),
            new Column("startDate", "contract.field.startDate", "startDate", false),
            new Column("endDate", "contract.field.endDate", "endDate", true),
            new Column("status", "contract.field.status", "status", true));
    private static final List<String> SORTABLE = COLUMNS.stream().filter(Column::sortable)
            .map(Column::sortProperty).toList();
    private static final List<String> STATUSES = List.of("DRAFT", "ACTIVE", "EXPIRED", "TERMINATED");

    private final ContractService contracts;
    private final ContractExporter exporter;
    private final UserDirectory users;
    private final AuditHistory history;
    private final SourcingPageErrors errors;

    ContractPageController(ContractService contracts, ContractExporter exporter, UserDirectory users,
            AuditHistory history, SourcingPageErrors errors) {
        this.contracts = contracts;
        this.exporter = exporter;
        this.users = users;
        this.history = history;
        this.errors = errors;
    }

    @GetMapping("/contracts")
    @PreAuthorize("hasAuthority('supplier:read')")
    String list(HttpServletRequest request, HttpServletResponse response, Model model) {
        ListQuery query = ListQuery.of(request);
        ContractFilter filter = filter(query);
        model.addAttribute("query", query);
        model.addAttribute("filter", filter);
        model.addAttribute("columns", TableColumns.choose("contracts", COLUMNS, request, response));
        model.addAttribute("page", contracts.list(filter, query.pageable(25, Sort.by("endDate", "number"), SORTABLE)));
        model.addAttribute("statuses", STATUSES);
        return "contract/list";
    }

    @GetMapping("/contracts/export")
    @PreAuthorize("hasAuthority('supplier:read')")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format, HttpServletRequest request)
            throws IOException {
        ExportFormat parsed;
        try {
            parsed = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            parsed = ExportFormat.CSV;
        }
        return ContractApiController.download(exporter.export(filter(ListQuery.of(request)), parsed));
    }

    @GetMapping("/contracts/new")
    @PreAuthorize("hasAuthority('supplier:write')")
    String newForm(@RequestParam(required = false) String supplierId, @RequestParam(required = false) String eventId,
            Model model) {
        Map<String, String> form = new HashMap<>();
        form.put("supplierId", supplierId);
        form.put("eventId", eventId);
        form.put("currency", "CNY");
        form.put("status", "ACTIVE");
        model.addAttribute("form", form);
        model.addAttribute("errors", Map.of());
        model.addAttribute("suppliers", contracts.contractableSuppliers());
        return "contract/form";
    }

    @PostMapping("/contracts/new")
    @PreAuthorize("hasAuthority('supplier:write')")
    String create(@RequestParam Map<String, String> params, Model model, Locale locale) {
        Map<String, String> fieldErrors = new HashMap<>();
        try {
            ContractView created = contracts.create(new ContractService.NewContract(params.get("number"),
                    params.get("title"), uuid(params.get("supplierId"), "supplierId", fieldErrors),
                    uuid(params.get("eventId"), "eventId", fieldErrors), decimal(params.get("value")),
                    params.get("currency"), date(params.get("startDate")), date(params.get("endDate")), null,
                    params.get("status")));
            if (fieldErrors.isEmpty()) {
                return "redirect:/contracts/" + created.id();
            }
        } catch (InvalidSupplierException e) {
            fieldErrors.putAll(errors.fieldErrors(e, locale));
        } catch (VigilException | SourcingRefusedException e) {
            model.addAttribute("error", errors.run(() -> {
                throw e;
            }, locale));
        }
        model.addAttribute("form", params);
        model.addAttribute("errors", fieldErrors);
        model.addAttribute("suppliers", contracts.contractableSuppliers());
        return "contract/form";
    }

    @GetMapping("/contracts/{id}")
    @PreAuthorize("hasAuthority('supplier:read')")
    String detail(@PathVariable UUID id, Model model) {
        ContractView contract = contracts.get(id);
        model.addAttribute("contract", contract);
        model.addAttribute("canWrite", contracts.canWrite(contract.orgUnitId()));
        model.addAttribute("ownerName", contract.ownerId() == null ? null
                : users.find(contract.ownerId()).map(u -> u.displayName()).orElse(null));
        model.addAttribute("history", history.historyOf("SupplierContract", id.toString()));
        return "contract/detail";
    }

    @PostMapping("/contracts/{id}/status")
    @PreAuthorize("hasAuthority('supplier:write')")
    String status(@PathVariable UUID id, @RequestParam(defaultValue = "") String status,
            @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
            Locale locale, RedirectAttributes redirect) {
        if (errors.attempt(() -> contracts.changeStatus(id, status, reason, version), redirect, locale)) {
            redirect.addFlashAttribute("message", true);
        }
        return "redirect:/contracts/" + id;
    }

    /** The contracts section of a supplier's page, loaded by htmx so the supplier page stays untouched. */
    @GetMapping("/suppliers/{id}/contracts-section")
    @PreAuthorize("hasAuthority('supplier:read')")
    String supplierSection(@PathVariable UUID id, Model model) {
        model.addAttribute("supplierId", id);
        model.addAttribute("contracts", contracts.ofSupplier(id));
        return "contract/supplier-section :: section";
    }

    private static ContractFilter filter(ListQuery query) {
        Integer days = null;
        try {
            String text = query.param("expiring");
            days = text == null || text.isBlank() ? null : Math.max(0, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            days = null;
        }
        UUID supplier = null;
        try {
            String text = query.param("supplierId");
            supplier = text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            supplier = null;
        }
        String status = query.param("status");
        String q = query.param("q");
        return new ContractFilter(supplier, status == null || status.isBlank() ? null : status, days,
                q == null || q.isBlank() ? null : q);
    }

    private static UUID uuid(String text, String field, Map<String, String> fieldErrors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null; // reported as the service's "required" on that field
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(-1);
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
