package io.vigil.compliance.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentRepository extends JpaRepository<Assessment, UUID> {

    Page<Assessment> findByOrgUnitIdIn(Collection<UUID> units, Pageable pageable);

    List<Assessment> findByFrameworkIdAndScope(UUID frameworkId, String scope);
}
