package io.vigil.supplier.internal;

import io.vigil.shared.security.VisibleUnits;
import io.vigil.supplier.RegionGroup;
import io.vigil.supplier.SupplierStatus;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** The list filters shared by the API, the screen and the export; blank means "any". */
public record SupplierFilter(RegionGroup region, SupplierStatus status, String category, String country, String q) {

    public static SupplierFilter none() {
        return new SupplierFilter(null, null, null, null, null);
    }

    public boolean any() {
        return region != null || status != null || !blank(category) || !blank(country) || !blank(q);
    }

    /** Always restricted to {@code units}: the caller's data scope is not a filter one can leave out. */
    Specification<Supplier> within(VisibleUnits units) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(root.get("orgUnitId").in(units.forQuery()));
            if (region != null) {
                where.add(cb.equal(root.get("region"), region));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (!blank(country)) {
                where.add(cb.equal(root.get("country"), country.strip().toUpperCase(Locale.ROOT)));
            }
            if (!blank(category)) {
                // a subquery rather than a join, so that paging counts suppliers, not category rows
                Subquery<java.util.UUID> sub = query.subquery(java.util.UUID.class);
                var s = sub.from(Supplier.class);
                var c = s.join("categories");
                sub.select(s.get("id")).where(cb.equal(c, category.strip().toUpperCase(Locale.ROOT)));
                where.add(root.get("id").in(sub));
            }
            if (!blank(q)) {
                where.add(cb.like(root.get("searchText"),
                        "%" + escapeLike(q.strip().toLowerCase(Locale.ROOT)) + "%", '\\'));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
