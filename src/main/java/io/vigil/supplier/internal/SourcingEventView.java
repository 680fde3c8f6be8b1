package io.vigil.supplier.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A sourcing event as the API and screens show it; {@code warning} is set on an invitation answer only.
 * Bid prices are not part of it: they are read through the bids endpoint, which hides them from panel
 * members who have not declared their conflicts of interest yet.
 */
public record SourcingEventView(UUID id, String title, String kind, String category, BigDecimal budget,
        String currency, UUID orgUnitId, UUID ownerId, String state, List<String> allowedTransitions,
        int priceWeight, int technicalWeight, List<InvitationView> invitations, List<PanelMemberView> panel,
        long bidCount, UUID awardedSupplierId, UUID awardedBidId, String awardJustification,
        boolean awardNotTopRanked, UUID awardedBy, Instant awardedAt, Instant createdAt, Instant stateChangedAt,
        List<TransitionView> transitions, long version, String warning) {

    public record InvitationView(UUID supplierId, String statusWhenInvited, Instant invitedAt) {
    }

    /** A panel member; {@code conflicts} are the suppliers they declared a conflict of interest with. */
    public record PanelMemberView(UUID userId, Instant addedAt, boolean declared, Instant declaredAt,
            Set<UUID> conflicts, String declarationNote) {
    }

    public record TransitionView(String from, String to, UUID actorId, Instant at, String reason) {
    }

    /** The same view with the warning put in words for the reader. */
    public SourcingEventView withWarning(String text) {
        return new SourcingEventView(id, title, kind, category, budget, currency, orgUnitId, ownerId, state,
                allowedTransitions, priceWeight, technicalWeight, invitations, panel, bidCount, awardedSupplierId,
                awardedBidId, awardJustification, awardNotTopRanked, awardedBy, awardedAt, createdAt, stateChangedAt,
                transitions, version, text);
    }

    public boolean isFinished() {
        return "CLOSED".equals(state) || "CANCELLED".equals(state) || "AWARDED".equals(state);
    }

    static SourcingEventView of(SourcingEvent e, List<SourcingPanelMember> panel, long bidCount, String warning) {
        List<InvitationView> invited = e.getInvitations().stream()
                .sorted(Comparator.comparing(SourcingEvent.Invitation::invitedAt))
                .map(i -> new InvitationView(i.supplierId(), i.supplierStatus().name(), i.invitedAt())).toList();
        List<PanelMemberView> members = panel.stream().map(m -> new PanelMemberView(m.getUserId(), m.getAddedAt(),
                m.declared(), m.getDeclaredAt(), Set.copyOf(m.getConflicts()), m.getDeclarationNote())).toList();
        List<TransitionView> moves = e.getTransitions().stream().map(t -> new TransitionView(
                t.from() == null ? null : t.from().name(), t.to().name(), t.actorId(), t.changedAt(), t.reason()))
                .toList();
        return new SourcingEventView(e.getId(), e.getTitle(), e.getKind().name(), e.getCategory(), e.getBudget(),
                e.getCurrency(), e.getOrgUnitId(), e.getOwnerId(), e.getState().name(),
                SourcingLifecycle.allowedFrom(e.getState()).stream().map(Enum::name).toList(), e.getPriceWeight(),
                100 - e.getPriceWeight(), invited, members, bidCount, e.getAwardedSupplierId(), e.getAwardedBidId(),
                e.getAwardJustification(), e.isAwardNotTopRanked(), e.getAwardedBy(), e.getAwardedAt(),
                e.getCreatedAt(), e.getStateChangedAt(), moves, e.getVersion(), warning);
    }

    /** For lists: no panel or history needed. */
    static SourcingEventView summary(SourcingEvent e, long bidCount) {
        List<InvitationView> invited = e.getInvitations().stream()
                .map(i -> new InvitationView(i.supplierId(), i.supplierStatus().name(), i.invitedAt())).toList();
        return new SourcingEventView(e.getId(), e.getTitle(), e.getKind().name(), e.getCategory(), e.getBudget(),
                e.getCurrency(), e.getOrgUnitId(), e.getOwnerId(), e.getState().name(),
                SourcingLifecycle.allowedFrom(e.getState()).stream().map(Enum::name).toList(), e.getPriceWeight(),
                100 - e.getPriceWeight(), invited, List.of(), bidCount, e.getAwardedSupplierId(), e.getAwardedBidId(),
                e.getAwardJustification(), e.isAwardNotTopRanked(), e.getAwardedBy(), e.getAwardedAt(),
                e.getCreatedAt(), e.getStateChangedAt(), List.of(), e.getVersion(), null);
    }
}
