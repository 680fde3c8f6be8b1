package io.vigil.supplier.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SourcingBidRepository extends JpaRepository<SourcingBid, UUID> {

    List<SourcingBid> findByEventIdOrderBySubmittedAtAsc(UUID eventId);

    boolean existsByEventIdAndSupplierId(UUID eventId, UUID supplierId);

    long countByEventId(UUID eventId);
}
