package io.vigil.supplier.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface SourcingEventRepository extends JpaRepository<SourcingEvent, UUID>, JpaSpecificationExecutor<SourcingEvent> {

    boolean existsByTitle(String title);

    Page<SourcingEvent> findByOrgUnitIdIn(Collection<UUID> units, Pageable pageable);

    /** Bid counts of a page of events in one query. */
    @Query("select b.eventId as eventId, count(b) as bids from SourcingBid b where b.eventId in :events group by b.eventId")
    List<BidCount> countBids(Collection<UUID> events);

    interface BidCount {
        UUID getEventId();

        long getBids();
    }
}
