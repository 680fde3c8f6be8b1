package io.vigil.risk.internal;

import io.vigil.risk.AssetType;
import io.vigil.risk.DataClassification;
import io.vigil.shared.security.VisibleUnits;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/** The asset list filters shared by the API, the screen and the export; null means "any". */
public record AssetFilter(UUID orgUnit, AssetType type, Integer minCriticality, DataClassification dataClassification,
        UUID owner, String q) {

    public static AssetFilter none() {
        return new AssetFilter(null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return equals(none()) || equals(new AssetFilter(null, null, null, null, null, ""));
    }

    /** Always restricted to {@code units}: the caller's data scope is not a filter one can leave out. */
    Specification<Asset> within(VisibleUnits units) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(root.get("orgUnitId").in(units.forQuery()));
            if (orgUnit != null) {
                where.add(cb.equal(root.get("orgUnitId"), orgUnit));
            }
            if (type != null) {
                where.add(cb.equal(root.get("type"), type));
            }
            if (minCriticality != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("criticality"), minCriticality));
            }
            if (dataClassification != null) {
                where.add(cb.equal(root.get("dataClassification"), dataClassification));
            }
            if (owner != null) {
                where.add(cb.equal(root.get("ownerUserId"), owner));
            }
            if (q != null && !q.isBlank()) {
                where.add(cb.like(root.get("searchText"), "%" + escapeLike(q.strip().toLowerCase(Locale.ROOT)) + "%",
                        '\\'));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
