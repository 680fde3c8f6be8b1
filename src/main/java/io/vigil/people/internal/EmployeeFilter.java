package io.vigil.people.internal;

import io.vigil.people.EmployeeStatus;
import io.vigil.shared.security.VisibleUnits;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/** The list filters shared by the API, the screen and the export; blank means "any". */
public record EmployeeFilter(UUID orgUnit, EmployeeStatus status, String q, UUID manager) {

    public static EmployeeFilter none() {
        return new EmployeeFilter(null, null, null, null);
    }

    /** Always restricted to {@code units}: the caller's data scope is not a filter one can leave out. */
    Specification<Employee> within(VisibleUnits units) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(root.get("orgUnitId").in(units.forQuery()));
            if (orgUnit != null) {
                where.add(cb.equal(root.get("orgUnitId"), orgUnit));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (manager != null) {
                where.add(cb.equal(root.get("managerId"), manager));
            }
            if (q != null && !q.isBlank()) {
                where.add(cb.like(root.get("searchText"), "%" + escapeLike(q.strip().toLowerCase(Locale.ROOT)) + "%",
                        '\\'));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
