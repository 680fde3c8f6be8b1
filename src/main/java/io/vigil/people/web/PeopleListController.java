package io.vigil.people.web;

import io.vigil.identity.OrgUnits;
import io.vigil.identity.Permission;
import io.vigil.people.EmployeeStatus;
import io.vigil.people.internal.EmployeeExporter;
import io.vigil.people.internal.EmployeeFilter;
import io.vigil.people.internal.EmployeeService;
import io.vigil.shared.spreadsheet.ExportFormat;
import io.vigil.shared.web.ListQuery;
import io.vigil.shared.web.TableColumns.Column;
import io.vigil.shared.web.TableColumns;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The directory screen: search, filters, sortable and pageable table, column chooser and export. */
@Controller
@RequestMapping("/people")
class PeopleListController {

    static final List<Column> COLUMNS = List.of(
            new Column("employeeNumber", "people.field.employeeNumber", "employeeNumber", true),
            new Column("name", "people.field.name", "name", true),
            new Column("nameEn", "people.field.nameEn", "nameEn", false),
            new Column("email", "people.field.email", "email", true),
            new Column("phone", "people.field.phone", null, false),
            new Column("orgUnit", "people.field.orgUnit", null, true),
            new Column("position", "people.field.position", "position", true),
            new Column("manager", "people.field.manager", null, false),
            new Column("hireDate", "people.field.hireDate", "hireDate", true),
            new Column("leaveDate", "people.field.leaveDate", "leaveDate", false),
            new Column("status", "people.field.status", "status", true));
    private static final List<String> SORTABLE = COLUMNS.stream().filter(Column::sortable)
            .map(Column::sortProperty).toList();

    private final EmployeeService employees;
    private final EmployeeExporter exporter;
    private final OrgUnits orgUnits;

    PeopleListController(EmployeeService employees, EmployeeExporter exporter, OrgUnits orgUnits) {
        this.employees = employees;
        this.exporter = exporter;
        this.orgUnits = orgUnits;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('people:read')")
    String list(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        ListQuery query = ListQuery.of(request);
        EmployeeFilter filter = filter(query);
        model.addAttribute("query", query);
        model.addAttribute("filter", filter);
        model.addAttribute("filtered", filter.orgUnit() != null || filter.status() != null
                || (filter.q() != null && !filter.q().isBlank()) || filter.manager() != null);
        model.addAttribute("columns", TableColumns.choose("people", COLUMNS, request, response));
        model.addAttribute("page", employees.list(filter, query.pageable(25, Sort.by("employeeNumber"), SORTABLE)));
        model.addAttribute("units", UnitOption.of(orgUnits.visibleTo(Permission.PEOPLE_READ), locale));
        model.addAttribute("statuses", EmployeeStatus.values());
        return "people/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('people:read')")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format, HttpServletRequest request)
            throws IOException {
        ExportFormat parsed;
        try {
            parsed = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            parsed = ExportFormat.CSV;
        }
        return EmployeeApiController.download(exporter.export(filter(ListQuery.of(request)), parsed));
    }

    /** Filters from the query; a malformed value is ignored rather than failing the page. */
    static EmployeeFilter filter(ListQuery query) {
        return new EmployeeFilter(uuid(query.param("orgUnit")), status(query.param("status")), query.param("q"),
                uuid(query.param("manager")));
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static EmployeeStatus status(String text) {
        try {
            return text == null ? null : EmployeeStatus.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
