package io.vigil.risk.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RiskPlanItemRepository extends JpaRepository<RiskPlanItem, UUID> {

    List<RiskPlanItem> findByRiskIdOrderByDueDate(UUID riskId);

    /** Of these risks, those with a plan item not done yet (one query for a whole batch). */
    @org.springframework.data.jpa.repository.Query(
            "select distinct p.riskId from RiskPlanItem p where p.riskId in :riskIds and p.status <> 'DONE'")
    java.util.Set<UUID> withUnfinishedItems(java.util.Collection<UUID> riskIds);
}
