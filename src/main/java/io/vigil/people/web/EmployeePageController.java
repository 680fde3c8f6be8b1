package io.vigil.people.web;

import io.vigil.audit.AuditHistory;
import io.vigil.identity.OrgUnits;
import io.vigil.identity.Permission;
import io.vigil.identity.UserDirectory;
import io.vigil.identity.UserSummary;
import io.vigil.people.EmployeeStatus;
import io.vigil.people.internal.EmployeeData;
import io.vigil.people.internal.EmployeeRules;
import io.vigil.people.internal.EmployeeService;
import io.vigil.people.internal.EmployeeView;
import io.vigil.people.internal.FieldProblem;
import io.vigil.people.internal.InvalidEmployeeException;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.web.ListQuery;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
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

/** One employee's page (overview, direct reports), the create and edit forms, and recording a departure. */
@Controller
@RequestMapping("/people")
class EmployeePageController {

    private final EmployeeService employees;
    private final OrgUnits orgUnits;
    private final UserDirectory users;
    private final AuditHistory history;
    private final Clock clock;

    EmployeePageController(EmployeeService employees, OrgUnits orgUnits, UserDirectory users, AuditHistory history,
            Clock clock) {
        this.employees = employees;
        this.orgUnits = orgUnits;
        this.users = users;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('people:read')")
    String detail(@PathVariable UUID id, @RequestParam(defaultValue = "overview") String tab,
            HttpServletRequest request, Model model) {
        EmployeeView employee = employees.get(id);
        model.addAttribute("employee", employee);
        String shownTab = List.of("reports", "history").contains(tab) ? tab : "overview";
        model.addAttribute("tab", shownTab);
        model.addAttribute("canWrite", employees.canWrite(employee.orgUnitId()));
        model.addAttribute("account", employee.userId() == null ? null : users.find(employee.userId()).orElse(null));
        model.addAttribute("today", LocalDate.now(clock));
        if ("history".equals(shownTab)) {
            // access to the record was checked by employees.get(id) above; the trail itself is not re-scoped
            model.addAttribute("history", history.historyOf("Employee", id.toString()));
        }
        if ("reports".equals(shownTab)) {
            ListQuery query = ListQuery.of(request);
            model.addAttribute("query", query);
            model.addAttribute("reports", employees.directReports(id,
                    query.pageable(25, Sort.by("name"), List.of("employeeNumber", "name", "position"))));
        }
        return "people/detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('people:write')")
    String newForm(Model model, Locale locale) {
        EmployeeForm form = new EmployeeForm();
        form.setHireDate(LocalDate.now(clock));
        return form(model, form, null, locale);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('people:write')")
    String create(@ModelAttribute("employee") EmployeeForm form, BindingResult binding, Model model, Locale locale,
            RedirectAttributes redirect) {
        EmployeeData data = toData(form, binding);
        if (!binding.hasErrors()) {
            try {
                EmployeeView created = employees.create(data);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/people/" + created.id();
            } catch (InvalidEmployeeException e) {
                reject(binding, e.problems());
            }
        } else {
            reject(binding, EmployeeRules.check(data));
        }
        return form(model, form, null, locale);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('people:write')")
    String editForm(@PathVariable UUID id, Model model, Locale locale) {
        EmployeeView employee = employees.get(id);
        String username = employee.userId() == null ? null
                : users.find(employee.userId()).map(UserSummary::username).orElse(null);
        return form(model, EmployeeForm.of(employee, username), employee, locale);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('people:write')")
    String update(@PathVariable UUID id, @ModelAttribute("employee") EmployeeForm form, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        EmployeeView current = employees.get(id);
        EmployeeData data = toData(form, binding);
        if (!binding.hasErrors()) {
            try {
                employees.update(id, form.getVersion(), data);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/people/" + id;
            } catch (InvalidEmployeeException e) {
                reject(binding, e.problems());
            } catch (OptimisticLockingFailureException e) {
                binding.reject("people.error.stale");
            }
        } else {
            reject(binding, EmployeeRules.check(data));
        }
        return form(model, form, current, locale);
    }

    /** Records that someone left: status LEFT with the given leave date (confirmed in the browser first). */
    @PostMapping("/{id}/leave")
    @PreAuthorize("hasAuthority('people:write')")
    String leave(@PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate leaveDate,
            RedirectAttributes redirect) {
        EmployeeView current = employees.get(id);
        EmployeeData d = current.toData();
        try {
            employees.update(id, version, new EmployeeData(d.employeeNumber(), d.name(), d.nameEn(), d.email(),
                    d.phone(), d.orgUnitId(), d.position(), d.managerId(), d.hireDate(), leaveDate,
                    EmployeeStatus.LEFT, d.userId()));
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidEmployeeException e) {
            redirect.addFlashAttribute("leaveError", e.problems().get(0).messageKey());
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("leaveError", "people.error.stale");
        }
        return "redirect:/people/" + id;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "people/not-found";
    }

    private String form(Model model, EmployeeForm form, EmployeeView existing, Locale locale) {
        model.addAttribute("employee", form);
        model.addAttribute("existing", existing);
        model.addAttribute("units", UnitOption.of(orgUnits.visibleTo(Permission.PEOPLE_WRITE), locale));
        model.addAttribute("statuses", EmployeeStatus.values());
        return "people/form";
    }

    /** Form values to employee values; a manager number or username that finds nobody is a field error. */
    private EmployeeData toData(EmployeeForm form, BindingResult binding) {
        UUID managerId = null;
        if (form.getManagerNumber() != null && !form.getManagerNumber().isBlank()) {
            managerId = employees.findVisibleId(form.getManagerNumber().strip()).orElse(null);
            if (managerId == null) {
                binding.rejectValue("managerNumber", "people.error.unknownManager");
            }
        }
        UUID userId = null;
        if (form.getUsername() != null && !form.getUsername().isBlank()) {
            userId = users.findByUsername(form.getUsername().strip()).map(UserSummary::id).orElse(null);
            if (userId == null) {
                binding.rejectValue("username", "people.error.unknownUser");
            }
        }
        return new EmployeeData(form.getEmployeeNumber(), form.getName(), form.getNameEn(), form.getEmail(),
                form.getPhone(), form.getOrgUnitId(), form.getPosition(), managerId, form.getHireDate(),
                form.getLeaveDate(), form.getStatus(), userId);
    }

    /** Adds the first problem of each field that has none yet (a type mismatch already says enough). */
    private static void reject(BindingResult binding, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            String field = EmployeeForm.formField(problem.field());
            if (binding.getFieldErrorCount(field) == 0) {
                binding.rejectValue(field, problem.messageKey(), problem.arguments(), problem.messageKey());
            }
        }
    }
}
