package io.vigil.supplier.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Everything the case screen shows, with people's names resolved and what the viewer may do. */
public record AccessCaseDetail(AccessCaseView view, String supplierName, String supplierStatus, String ownerName,
        List<StageLine> timeline, List<DeclarationLine> declarations, List<ObjectionLine> objections,
        List<VoteLine> votes, List<ApprovalLine> approvals, String decidedByName, Viewer viewer,
        boolean windowOpen, long unresolvedObjections, int votesNeeded, boolean catchUpOverdue) {

    public record StageLine(String stage, String state, Instant enteredAt, Instant completedAt, String completedBy,
            Double days, boolean catchUp, String data) {
    }

    public record DeclarationLine(String name, boolean conflict, String note, Instant declaredAt) {
    }

    public record ObjectionLine(UUID id, String objector, String text, LocalDate raisedOn, String recordedBy,
            Instant recordedAt, String resolution, String resolvedBy, Instant resolvedAt) {

        public boolean resolved() {
            return resolvedAt != null;
        }
    }

    public record VoteLine(String name, String vote, String reason, Instant votedAt) {
    }

    public record ApprovalLine(String name, boolean procurementManager, Instant approvedAt) {
    }

    /** The viewer's position: owner, may write, procurement manager, declared (and how), voted, approved. */
    public record Viewer(boolean owner, boolean canWrite, boolean manager, boolean declared, boolean conflict,
            boolean voted, boolean approved) {
    }
}
