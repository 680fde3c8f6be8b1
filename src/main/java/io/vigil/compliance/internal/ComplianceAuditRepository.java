package io.vigil.compliance.internal;

import java.util.Collection;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplianceAuditRepository extends JpaRepository<Audit, UUID> {

    Page<Audit> findByOrgUnitIdIn(Collection<UUID> units, Pageable pageable);
}
