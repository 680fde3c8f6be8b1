package io.vigil.supplier.web;

import io.vigil.shared.spreadsheet.ExportFormat;
import io.vigil.shared.web.ListQuery;
import io.vigil.shared.web.TableColumns.Column;
import io.vigil.shared.web.TableColumns;
import io.vigil.supplier.RegionGroup;
import io.vigil.supplier.SupplierStatus;
import io.vigil.supplier.internal.SupplierDocumentService;
import io.vigil.supplier.internal.SupplierExporter;
import io.vigil.supplier.internal.SupplierFilter;
import io.vigil.supplier.internal.SupplierService;
import io.vigil.supplier.internal.SupplierView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The register screen: search, filters, the shared sortable and pageable table, column chooser and export. */
@Controller
@RequestMapping("/suppliers")
class SupplierListController {

    static final List<Column> COLUMNS = List.of(
            new Column("name", "supplier.field.name", "name", true),
            new Column("nameEn", "supplier.field.nameEn", "nameEn", false),
            new Column("identifier", "supplier.field.identifier", null, true),
            new Column("country", "supplier.field.country", "country", true),
            new Column("region", "supplier.field.region", "region", true),
            new Column("categories", "supplier.field.categories", null, true),
            new Column("criticality", "supplier.field.criticality", "criticality", false),
            new Column("orgUnit", "supplier.field.orgUnit", null, false),
            new Column("registeredOn", "supplier.field.registeredOn", "registeredOn", false),
            new Column("status", "supplier.field.status", "status", true));
    private static final List<String> SORTABLE = COLUMNS.stream().filter(Column::sortable)
            .map(Column::sortProperty).toList();

    private final SupplierService suppliers;
    private final SupplierExporter exporter;

    private final SupplierDocumentService documents;

    SupplierListController(SupplierService suppliers, SupplierExporter exporter, SupplierDocumentService documents) {
        this.suppliers = suppliers;
        this.documents = documents;
        this.exporter = exporter;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('supplier:read')")
    String list(HttpServletRequest request, HttpServletResponse response, Model model) {
        ListQuery query = ListQuery.of(request);
        SupplierFilter filter = filter(query);
        model.addAttribute("query", query);
        model.addAttribute("filter", filter);
        model.addAttribute("filtered", filter.any());
        model.addAttribute("columns", TableColumns.choose("suppliers", COLUMNS, request, response));
        var page = suppliers.list(filter, query.pageable(25, Sort.by("name"), SORTABLE));
        model.addAttribute("page", page);
        model.addAttribute("flagged", documents.flaggedAmong(page.map(SupplierView::id).getContent()));
        model.addAttribute("regions", RegionGroup.values());
        model.addAttribute("statuses", SupplierStatus.values());
        model.addAttribute("categories", suppliers.categories());
        return "supplier/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('supplier:read')")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format, HttpServletRequest request)
            throws IOException {
        ExportFormat parsed;
        try {
            parsed = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            parsed = ExportFormat.CSV;
        }
        return SupplierApiController.download(exporter.export(filter(ListQuery.of(request)), parsed));
    }

    /** Filters from the query; a malformed value is ignored rather than failing the page. */
    static SupplierFilter filter(ListQuery query) {
        return new SupplierFilter(parse(RegionGroup.class, query.param("region")),
                parse(SupplierStatus.class, query.param("status")), query.param("category"), query.param("country"),
                query.param("q"));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        try {
            return text == null || text.isBlank() ? null : Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
