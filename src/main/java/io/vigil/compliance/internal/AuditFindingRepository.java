package io.vigil.compliance.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditFindingRepository extends JpaRepository<AuditFinding, UUID> {

    List<AuditFinding> findByAuditIdOrderByCreatedAt(UUID auditId);
}
