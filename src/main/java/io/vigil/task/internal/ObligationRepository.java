package io.vigil.task.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObligationRepository extends JpaRepository<Obligation, UUID> {

    List<Obligation> findByActiveTrue();

    Optional<Obligation> findByCode(String code);

    boolean existsByCode(String code);

    Page<Obligation> findByOrgUnitIdIn(Collection<UUID> units, Pageable pageable);
}
