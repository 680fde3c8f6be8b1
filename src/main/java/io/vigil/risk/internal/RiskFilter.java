package io.vigil.risk.internal;

import io.vigil.risk.RiskLevel;
import io.vigil.risk.RiskStatus;
import io.vigil.risk.Treatment;
import io.vigil.shared.security.VisibleUnits;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/**
 * Risk list filters; null means "any". {@code level} is the residual level. A heat-map cell is
 * {@code matrix} (inherent or residual) with {@code likelihood} and {@code impact}.
 */
public record RiskFilter(RiskLevel level, RiskStatus status, UUID owner, UUID asset, Treatment treatment,
        UUID orgUnit, String q, String matrix, Integer likelihood, Integer impact) {

    public static RiskFilter none() {
        return new RiskFilter(null, null, null, null, null, null, null, null, null, null);
    }

    Specification<Risk> within(VisibleUnits units) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(root.get("orgUnitId").in(units.forQuery()));
            if (level != null) {
                where.add(cb.equal(root.get("residualLevel"), level));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (owner != null) {
                where.add(cb.equal(root.get("ownerUserId"), owner));
            }
            if (asset != null) {
                where.add(cb.isMember(asset, root.<java.util.Collection<UUID>>get("assetIds")));
            }
            if (treatment != null) {
                where.add(cb.equal(root.get("treatment"), treatment));
            }
            if (orgUnit != null) {
                where.add(cb.equal(root.get("orgUnitId"), orgUnit));
            }
            String prefix = "inherent".equals(matrix) ? "inherent" : "residual";
            if (likelihood != null) {
                where.add(cb.equal(root.get(prefix + "Likelihood"), likelihood));
            }
            if (impact != null) {
                where.add(cb.equal(root.get(prefix + "Impact"), impact));
            }
            if ((likelihood != null || impact != null) && status == null) {
                // the heat map leaves closed risks out; its links must list what it counted
                where.add(cb.notEqual(root.get("status"), RiskStatus.CLOSED));
            }
            if (q != null && !q.isBlank()) {
                where.add(cb.like(root.get("searchText"),
                        "%" + AssetFilter.escapeLike(q.strip().toLowerCase(Locale.ROOT)) + "%", '\\'));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
