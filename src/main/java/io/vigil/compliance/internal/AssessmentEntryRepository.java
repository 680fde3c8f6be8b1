package io.vigil.compliance.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentEntryRepository extends JpaRepository<AssessmentEntry, UUID> {

    List<AssessmentEntry> findByAssessmentId(UUID assessmentId);

    Optional<AssessmentEntry> findByAssessmentIdAndRequirementId(UUID assessmentId, UUID requirementId);
}
