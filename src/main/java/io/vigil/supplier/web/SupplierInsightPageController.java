package io.vigil.supplier.web;

import io.vigil.supplier.internal.SupplierDashboardService;
import io.vigil.supplier.internal.SupplierService;
import io.vigil.supplier.internal.SupplierTimelineService;
import io.vigil.supplier.internal.TimelineKind;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The supplier timeline page and the SRM dashboard page. */
@Controller
class SupplierInsightPageController {

    static final int TIMELINE_PAGE_SIZE = 50;

    private final SupplierService suppliers;
    private final SupplierTimelineService timeline;
    private final SupplierDashboardService dashboard;

    SupplierInsightPageController(SupplierService suppliers, SupplierTimelineService timeline,
            SupplierDashboardService dashboard) {
        this.suppliers = suppliers;
        this.timeline = timeline;
        this.dashboard = dashboard;
    }

    @GetMapping("/suppliers/{id}/timeline")
    @PreAuthorize("hasAuthority('supplier:read')")
    String timeline(@PathVariable UUID id, @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page, Model model) {
        // an unknown kind in a hand-edited URL shows everything rather than an error page
        TimelineKind selected = Arrays.stream(TimelineKind.filterable()).filter(k -> k.name().equals(kind))
                .findFirst().orElse(null);
        model.addAttribute("supplier", suppliers.get(id));
        Page<SupplierTimelineService.Entry> entries = timeline.timeline(id, selected,
                PageRequest.of(Math.max(page, 0), TIMELINE_PAGE_SIZE));
        model.addAttribute("entries", entries);
        model.addAttribute("days", SupplierTimelineService.byDay(entries.getContent()));
        model.addAttribute("kinds", TimelineKind.filterable());
        model.addAttribute("kind", selected);
        return "supplier/timeline";
    }

    @GetMapping("/suppliers/dashboard")
    @PreAuthorize("hasAnyAuthority('supplier:read', 'reporting:read')")
    String dashboard(Model model, Locale locale) {
        model.addAttribute("dashboard", dashboard.dashboard());
        Map<String, String> names = new LinkedHashMap<>();
        suppliers.categories().forEach(c -> names.put(c.code(), c.displayName(locale)));
        model.addAttribute("categoryNames", names);
        return "supplier/dashboard";
    }
}
