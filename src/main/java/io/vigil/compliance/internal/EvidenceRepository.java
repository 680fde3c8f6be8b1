package io.vigil.compliance.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceRepository extends JpaRepository<Evidence, UUID> {

    List<Evidence> findByControlIdOrderByCollectedOnDesc(UUID controlId);

    List<Evidence> findByControlIdIn(Collection<UUID> controlIds);
}
