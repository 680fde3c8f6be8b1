package io.vigil.supplier.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** An access case as the API shows it. */
public record AccessCaseView(UUID id, UUID supplierId, String kind, String stage, String state,
        String expressReason, UUID ownerId, List<String> completedStages, List<UUID> approvedBy,
        int approversNeeded, LocalDate catchUpDeadline, boolean catchUpCompleted, long version,
        Instant openedAt, LocalDate publishedOn, Integer objectionWindowDays, LocalDate objectionWindowEnds,
        List<VoteView> votes, Instant decidedAt, UUID decidedBy, String decisionReason) {

    /** One committee member's vote. */
    public record VoteView(UUID voterId, String vote, String reason, Instant votedAt) {
    }

    static AccessCaseView of(AccessCase c) {
        return new AccessCaseView(c.getId(), c.getSupplierId(), c.getKind().name(), c.getStage().name(),
                c.getState().name(), c.getExpressReason() == null ? null : c.getExpressReason().name(), c.getOwnerId(),
                c.getStages().stream().map(s -> s.stage().name()).sorted().toList(),
                c.getApprovals().stream().map(AccessCase.Approval::approverId).sorted().toList(),
                AccessStages.approversNeeded(c.getKind()), c.getCatchUpDeadline(), c.isCatchUpCompleted(),
                c.getVersion(), c.getOpenedAt(), c.getPublishedOn(), c.getObjectionWindowDays(),
                c.getObjectionWindowEnds(),
                c.getVotes().stream().sorted(Comparator.comparing(AccessCase.Vote::votedAt))
                        .map(v -> new VoteView(v.voterId(), v.vote().name(), v.reason(), v.votedAt())).toList(),
                c.getDecidedAt(), c.getDecidedBy(), c.getDecisionReason());
    }
}
