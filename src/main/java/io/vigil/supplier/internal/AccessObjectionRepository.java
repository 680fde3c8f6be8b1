package io.vigil.supplier.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccessObjectionRepository extends JpaRepository<AccessObjection, UUID> {

    List<AccessObjection> findByCaseIdOrderByRecordedAtAsc(UUID caseId);

    long countByCaseIdAndResolvedAtIsNull(UUID caseId);
}
