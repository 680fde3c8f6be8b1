package io.vigil.supplier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.shared.web.PageResponse;
import io.vigil.supplier.internal.SupplierDashboardService;
import io.vigil.supplier.internal.SupplierTimelineService;
import io.vigil.supplier.internal.TimelineKind;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A supplier's timeline and the SRM dashboard's numbers. */
@RestController
@Tag(name = "Supplier insight")
class SupplierInsightApiController {

    private final SupplierTimelineService timeline;
    private final SupplierDashboardService dashboard;

    SupplierInsightApiController(SupplierTimelineService timeline, SupplierDashboardService dashboard) {
        this.timeline = timeline;
        this.dashboard = dashboard;
    }

    @GetMapping("/api/v1/suppliers/{id}/timeline")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "Everything that happened to the supplier and its records, newest first "
            + "(kind: PROFILE, STATUS, ACCESS, DOCUMENT, SOURCING, PORTAL; size ≤ 100)")
    PageResponse<SupplierTimelineService.Entry> timeline(@PathVariable UUID id,
            @RequestParam(required = false) TimelineKind kind, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(timeline.timeline(id, kind, PageRequest.of(Math.max(page, 0), Math.max(size, 1))),
                e -> e);
    }

    @GetMapping("/api/v1/suppliers/dashboard")
    @PreAuthorize("hasAnyAuthority('supplier:read', 'reporting:read')")
    @Operation(summary = "The SRM dashboard's numbers for the caller's units: suppliers by region, status and "
            + "category, onboarding pipeline, documents expiring within 90 days, flagged suppliers")
    Map<String, Object> dashboard() {
        return dashboard.dashboard().asMap();
    }
}
