package io.vigil.risk.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface RiskRepository extends JpaRepository<Risk, UUID>, JpaSpecificationExecutor<Risk> {

    @Query("select r from Risk r where r.id = :id and r.orgUnitId in :units")
    Optional<Risk> findVisible(UUID id, Collection<UUID> units);

    Optional<Risk> findByCode(String code);

    @Query("select r from Risk r where r.status = io.vigil.risk.RiskStatus.ACCEPTED "
            + "and r.acceptanceExpiresOn <= :day order by r.code")
    List<Risk> acceptancesExpiringBy(java.time.LocalDate day);

    boolean existsByCode(String code);

    @Query("select distinct r from Risk r join r.assetIds a where a = :assetId order by r.code")
    List<Risk> findByAsset(UUID assetId);

    @Query("select distinct r from Risk r join r.assetIds a where a = :assetId and r.orgUnitId in :units "
            + "order by r.residualScore desc")
    List<Risk> findVisibleByAsset(UUID assetId, Collection<UUID> units);

    /** Heat-map cells: likelihood, impact, count — one aggregate query per matrix. */
    @Query("select r.inherentLikelihood, r.inherentImpact, count(r) from Risk r where r.orgUnitId in :units "
            + "and r.status <> io.vigil.risk.RiskStatus.CLOSED group by r.inherentLikelihood, r.inherentImpact")
    List<Object[]> inherentCells(Collection<UUID> units);

    @Query("select r.residualLikelihood, r.residualImpact, count(r) from Risk r where r.orgUnitId in :units "
            + "and r.status <> io.vigil.risk.RiskStatus.CLOSED group by r.residualLikelihood, r.residualImpact")
    List<Object[]> residualCells(Collection<UUID> units);

    @Query("select r from Risk r where r.orgUnitId in :units and r.status <> io.vigil.risk.RiskStatus.CLOSED "
            + "order by r.residualScore desc, r.inherentScore desc, r.code")
    List<Risk> top(Collection<UUID> units, Pageable pageable);
}
