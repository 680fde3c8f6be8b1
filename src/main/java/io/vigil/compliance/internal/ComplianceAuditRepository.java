package io.vigil.compliance.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ComplianceAuditRepository extends JpaRepository<Audit, UUID> {

    boolean existsByScope(String scope);

    Page<Audit> findByOrgUnitIdIn(Collection<UUID> units, Pageable pageable);

    @Query("select a from ComplianceAudit a where a.orgUnitId in :units or a.id in :audits")
    Page<Audit> findVisible(Collection<UUID> units, Collection<UUID> audits, Pageable pageable);

    /** Audits naming this external auditor whose fieldwork window contains the day. */
    @Query("select distinct a from ComplianceAudit a join a.externalAuditorIds u where u = :userId "
            + "and a.plannedStart <= :day and a.plannedEnd >= :day")
    List<Audit> engaging(UUID userId, LocalDate day);
}
