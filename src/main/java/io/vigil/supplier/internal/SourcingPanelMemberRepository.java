package io.vigil.supplier.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SourcingPanelMemberRepository extends JpaRepository<SourcingPanelMember, UUID> {

    List<SourcingPanelMember> findByEventIdOrderByAddedAtAsc(UUID eventId);

    Optional<SourcingPanelMember> findByEventIdAndUserId(UUID eventId, UUID userId);

    boolean existsByEventIdAndUserId(UUID eventId, UUID userId);
}
