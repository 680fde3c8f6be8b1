package io.vigil.compliance.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ControlTestRepository extends JpaRepository<ControlTest, UUID> {

    List<ControlTest> findByControlIdOrderByTestedOnDescCreatedAtDesc(UUID controlId);

    List<ControlTest> findByControlIdInOrderByTestedOnDescCreatedAtDesc(Collection<UUID> controlIds);
}
