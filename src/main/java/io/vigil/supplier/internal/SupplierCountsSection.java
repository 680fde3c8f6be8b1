package io.vigil.supplier.internal;

import io.vigil.shared.security.VisibleUnits;
import io.vigil.supplier.RegionGroup;
import io.vigil.supplier.SupplierStatus;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Suppliers recorded by today, by region group, status and category (three GROUP BY queries). */
@Component
class SupplierCountsSection implements DashboardSection {

    public record Counts(long total, Map<String, Long> byRegion, Map<String, Long> byStatus,
            Map<String, Long> byCategory) {
    }

    private final SupplierRepository suppliers;
    private final SupplierCategoryRepository categories;

    SupplierCountsSection(SupplierRepository suppliers, SupplierCategoryRepository categories) {
        this.suppliers = suppliers;
        this.categories = categories;
    }

    @Override
    public String key() {
        return "suppliers";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "supplier/dashboard/suppliers";
    }

    @Override
    public Counts data(VisibleUnits units, LocalDate today) {
        Map<String, Long> byRegion = new LinkedHashMap<>();
        for (RegionGroup r : RegionGroup.values()) {
            byRegion.put(r.name(), 0L);
        }
        suppliers.countByRegion(today, units.forQuery()).forEach(kc -> byRegion.put(kc.getKey().toString(), kc.getCount()));
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (SupplierStatus s : SupplierStatus.values()) {
            byStatus.put(s.name(), 0L);
        }
        suppliers.countByStatus(today, units.forQuery()).forEach(kc -> byStatus.put(kc.getKey().toString(), kc.getCount()));
        Map<String, Long> byCategory = new LinkedHashMap<>();
        categories.findAllByOrderBySortOrderAsc().forEach(c -> byCategory.put(c.getCode(), 0L));
        suppliers.countByCategory(today, units.forQuery())
                .forEach(kc -> byCategory.put(kc.getKey().toString(), kc.getCount()));
        return new Counts(byRegion.values().stream().mapToLong(Long::longValue).sum(), byRegion, byStatus, byCategory);
    }
}
