package io.vigil.task.internal;

import io.vigil.task.TaskFilter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/** Task list queries built from a {@link TaskFilter}: one query per page, optional filters left out. */
final class TaskSpecifications {

    private TaskSpecifications() {
    }

    static Specification<Task> mine(UUID userId, Collection<String> candidateKeys, TaskFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> all = common(root, cb, filter, today);
            Predicate owned = cb.equal(root.get("ownerUserId"), userId);
            all.add(candidateKeys.isEmpty() ? owned : cb.or(owned, root.get("candidateKey").in(candidateKeys)));
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    static Specification<Task> inUnits(Collection<UUID> units, TaskFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> all = common(root, cb, filter, today);
            all.add(root.get("orgUnitId").in(units));
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    private static List<Predicate> common(jakarta.persistence.criteria.Root<Task> root,
            jakarta.persistence.criteria.CriteriaBuilder cb, TaskFilter filter, LocalDate today) {
        List<Predicate> all = new ArrayList<>();
        all.add(root.get("status").in(filter.effectiveStatuses()));
        if (filter.kind() != null && !filter.kind().isBlank()) {
            all.add(cb.equal(root.get("kind"), filter.kind()));
        }
        if (filter.orgUnitId() != null) {
            all.add(cb.equal(root.get("orgUnitId"), filter.orgUnitId()));
        }
        LocalDate upTo = filter.dueUpTo(today);
        if (upTo != null) {
            all.add(cb.lessThanOrEqualTo(root.get("dueDate"), upTo));
        }
        return all;
    }
}
