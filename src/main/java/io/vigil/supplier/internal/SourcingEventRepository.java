package io.vigil.supplier.internal;

import java.util.Collection;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SourcingEventRepository extends JpaRepository<SourcingEvent, UUID> {

    Page<SourcingEvent> findByOrgUnitIdIn(Collection<UUID> units, Pageable pageable);
}
