package io.vigil.supplier.internal;

import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.security.VigilPrincipal;
import io.vigil.shared.web.VigilException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Finds sourcing events within the caller's units (else 404) and checks write access; shared by the sourcing services. */
@Component
class SourcingAccess {

    static final String ENTITY = "SupplierSourcingEvent";

    private final SourcingEventRepository events;
    private final SourcingPanelMemberRepository panel;
    private final SourcingBidRepository bids;
    private final DataScope scope;

    SourcingAccess(SourcingEventRepository events, SourcingPanelMemberRepository panel, SourcingBidRepository bids,
            DataScope scope) {
        this.events = events;
        this.panel = panel;
        this.bids = bids;
        this.scope = scope;
    }

    /** The full view of one event: invitations, panel and declarations, history; no bid prices. */
    SourcingEventView view(SourcingEvent event, String warning) {
        return SourcingEventView.of(event, panel.findByEventIdOrderByAddedAtAsc(event.getId()),
                bids.countByEventId(event.getId()), warning);
    }

    SourcingEvent readable(UUID eventId) {
        SourcingEvent event = events.findById(eventId).orElseThrow(() -> new RecordNotFoundException(ENTITY, eventId));
        scope.requireAccess(SupplierService.READ, event.getOrgUnitId(), ENTITY, eventId);
        return event;
    }

    SourcingEvent writable(UUID eventId) {
        SourcingEvent event = readable(eventId);
        if (!scope.canAccess(SupplierService.WRITE, event.getOrgUnitId())) {
            throw new VigilException(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail");
        }
        return event;
    }

    boolean canWrite(UUID orgUnitId) {
        return scope.canAccess(SupplierService.WRITE, orgUnitId);
    }

    static UUID currentUser() {
        return VigilPrincipal.current().map(VigilPrincipal::userId)
                .orElseThrow(() -> new VigilException(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail"));
    }
}
