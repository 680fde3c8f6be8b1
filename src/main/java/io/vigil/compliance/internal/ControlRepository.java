package io.vigil.compliance.internal;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ControlRepository extends JpaRepository<Control, UUID> {

    Page<Control> findByOrgUnitIdIn(Collection<UUID> units, Pageable pageable);

    Optional<Control> findByCode(String code);
}
