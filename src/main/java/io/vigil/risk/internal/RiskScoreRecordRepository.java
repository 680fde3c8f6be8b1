package io.vigil.risk.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RiskScoreRecordRepository extends JpaRepository<RiskScoreRecord, UUID> {

    List<RiskScoreRecord> findByRiskIdOrderByRecordedAtDesc(UUID riskId);
}
