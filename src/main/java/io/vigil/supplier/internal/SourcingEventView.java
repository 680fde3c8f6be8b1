package io.vigil.supplier.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A sourcing event as the API and screens show it; {@code warning} is set on an invitation answer only. */
public record SourcingEventView(UUID id, String title, String kind, String category, BigDecimal budget,
        String currency, UUID orgUnitId, UUID ownerId, String state, List<InvitationView> invitations,
        UUID awardedSupplierId, String awardJustification, Instant awardedAt, Instant createdAt, long version,
        String warning) {

    public record InvitationView(UUID supplierId, String statusWhenInvited, Instant invitedAt) {
    }

    /** The same view with the warning put in words for the reader. */
    public SourcingEventView withWarning(String text) {
        return new SourcingEventView(id, title, kind, category, budget, currency, orgUnitId, ownerId, state,
                invitations, awardedSupplierId, awardJustification, awardedAt, createdAt, version, text);
    }

    static SourcingEventView of(SourcingEvent e, String warning) {
        List<InvitationView> invited = e.getInvitations().stream()
                .sorted(Comparator.comparing(SourcingEvent.Invitation::invitedAt))
                .map(i -> new InvitationView(i.supplierId(), i.supplierStatus().name(), i.invitedAt())).toList();
        return new SourcingEventView(e.getId(), e.getTitle(), e.getKind().name(), e.getCategory(), e.getBudget(),
                e.getCurrency(), e.getOrgUnitId(), e.getOwnerId(), e.getState().name(), invited,
                e.getAwardedSupplierId(), e.getAwardJustification(), e.getAwardedAt(), e.getCreatedAt(),
                e.getVersion(), warning);
    }
}
