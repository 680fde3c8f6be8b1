package io.vigil.compliance.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FrameworkRepository extends JpaRepository<Framework, UUID> {

    Optional<Framework> findByCode(String code);

    Optional<Framework> findByOscalUuid(String oscalUuid);

    List<Framework> findBySource(Framework.Source source);
}
