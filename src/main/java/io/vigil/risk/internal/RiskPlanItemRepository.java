package io.vigil.risk.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RiskPlanItemRepository extends JpaRepository<RiskPlanItem, UUID> {

    List<RiskPlanItem> findByRiskIdOrderByDueDate(UUID riskId);
}
