package io.vigil.supplier.internal;

import io.vigil.shared.web.VigilException;
import io.vigil.supplier.SupplierStatus;
import io.vigil.supplier.internal.AccessCase.VoteChoice;
import io.vigil.supplier.internal.AccessStages.Kind;
import io.vigil.supplier.internal.AccessStages.Stage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The final selection: committee members (holders of {@code supplier:write} or {@code supplier:approve}
 * in the supplier's unit) vote APPROVE, REJECT or ABSTAIN with a reason, after declaring no conflict of
 * interest and never on their own case. Once the configured number of votes is in, the outcome is decided
 * with a reason: approval must follow an APPROVE majority and keeps the existing approver rules (standard:
 * one procurement manager; express: two approvers, one a procurement manager) and makes the supplier
 * QUALIFIED; rejection (by a procurement manager, when APPROVE votes do not outnumber REJECT ones)
 * rejects the case.
 */
@Service
@Transactional
public class AccessCommitteeService {

    public enum Outcome {
        APPROVE, REJECT
    }

    private final AccessCaseRepository cases;
    private final AccessCaseAccess access;
    private final AccessStageTasks tasks;
    private final SupplierStatusService statuses;
    private final AccessSettings settings;
    private final Clock clock;
    private final int catchUpDays;

    AccessCommitteeService(AccessCaseRepository cases, AccessCaseAccess access, AccessStageTasks tasks,
            SupplierStatusService statuses, AccessSettings settings, Clock clock,
            @Value("${vigil.supplier.express-catch-up-days:90}") int catchUpDays) {
        this.cases = cases;
        this.access = access;
        this.tasks = tasks;
        this.statuses = statuses;
        this.settings = settings;
        this.clock = clock;
        this.catchUpDays = catchUpDays;
    }

    public AccessCaseView vote(UUID caseId, String vote, String reason) {
        AccessCase c = access.inStage(caseId, Stage.FINAL_SELECTION);
        Supplier supplier = access.visible(c.getSupplierId());
        List<FieldProblem> problems = new ArrayList<>();
        VoteChoice choice = parse(vote);
        if (choice == null) {
            problems.add(new FieldProblem("vote", "supplier.access.error.vote"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "supplier.error.required"));
        } else if (reason.strip().length() > 2000) {
            problems.add(new FieldProblem("reason", "supplier.access.error.tooLong", 2000));
        }
        AccessCaseAccess.require(problems);
        access.requireNotOwner(c, "supplier.access.error.ownCaseVote");
        if (!access.canAccess(SupplierService.WRITE, supplier.getOrgUnitId())
                && !access.canAccess(SupplierStatusService.APPROVE, supplier.getOrgUnitId())) {
            throw new VigilException(HttpStatus.FORBIDDEN, "not-a-committee-member", "supplier.access.error.notMember");
        }
        access.requireNoConflict(c);
        UUID voter = AccessCaseAccess.currentUser();
        if (c.voteOf(voter).isPresent()) {
            throw new VigilException(HttpStatus.CONFLICT, "already-voted", "supplier.access.error.alreadyVoted");
        }
        c.vote(voter, choice, reason.strip(), clock.instant());
        cases.flush();
        access.audit("VOTED", c, supplier, "Final selection vote " + choice);
        return AccessCaseView.of(c);
    }

    /** Decides the final selection; a missing reason is allowed for approval only. */
    public AccessCaseView decide(UUID caseId, Outcome outcome, String reason) {
        if (outcome == null) {
            throw new InvalidSupplierException(List.of(new FieldProblem("outcome", "supplier.error.required")));
        }
        if (outcome == Outcome.REJECT && (reason == null || reason.isBlank())) {
            throw new InvalidSupplierException(List.of(new FieldProblem("reason", "supplier.error.required")));
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 2000) {
            throw new InvalidSupplierException(List.of(new FieldProblem("reason", "supplier.access.error.tooLong", 2000)));
        }
        AccessCase c = access.open(caseId);
        if (c.getStage() != Stage.FINAL_SELECTION) {
            throw new VigilException(HttpStatus.CONFLICT, "access-not-final", "supplier.error.accessNotFinal");
        }
        Supplier supplier = access.visible(c.getSupplierId());
        access.requireNotOwner(c, "supplier.error.ownCase");
        UUID decider = AccessCaseAccess.currentUser();
        if (c.getApprovals().stream().anyMatch(a -> a.approverId().equals(decider))) {
            throw new VigilException(HttpStatus.CONFLICT, "already-approved", "supplier.error.alreadyApproved");
        }
        access.requireNoConflict(c);
        int votes = c.getVotes().size();
        if (votes < settings.committeeMinVotes()) {
            throw new VigilException(HttpStatus.CONFLICT, "committee-votes-missing",
                    "supplier.access.error.votesMissing", settings.committeeMinVotes(), votes);
        }
        long approving = c.votesFor(VoteChoice.APPROVE);
        long rejecting = c.votesFor(VoteChoice.REJECT);
        boolean manager = access.canAccess(SupplierStatusService.APPROVE, supplier.getOrgUnitId());
        if (outcome == Outcome.REJECT) {
            reject(c, supplier, manager, approving, rejecting, why);
        } else {
            approve(c, supplier, manager, approving, rejecting, why);
        }
        cases.flush();
        return AccessCaseView.of(c);
    }

    private void reject(AccessCase c, Supplier supplier, boolean manager, long approving, long rejecting, String why) {
        if (!manager) {
            throw new VigilException(HttpStatus.FORBIDDEN, "not-an-approver", "supplier.access.error.rejecter");
        }
        if (approving > rejecting) {
            throw new VigilException(HttpStatus.CONFLICT, "committee-majority", "supplier.access.error.majorityApproves",
                    approving, rejecting);
        }
        c.decide(AccessCase.State.REJECTED, clock.instant(), null);
        c.recordDecision(AccessCaseAccess.currentUser(), why);
        tasks.closed(c, Stage.FINAL_SELECTION);
        access.audit("REJECTED", c, supplier, "Access case rejected in the final selection: " + why);
    }

    private void approve(AccessCase c, Supplier supplier, boolean manager, long approving, long rejecting, String why) {
        if (approving <= rejecting) {
            throw new VigilException(HttpStatus.CONFLICT, "committee-majority", "supplier.access.error.majorityRejects",
                    approving, rejecting);
        }
        boolean writer = access.canAccess(SupplierService.WRITE, supplier.getOrgUnitId());
        int needed = AccessStages.approversNeeded(c.getKind());
        boolean lastSlot = c.getApprovals().size() + 1 >= needed;
        boolean managerPresent = c.getApprovals().stream().anyMatch(AccessCase.Approval::procurementManager);
        if (!(manager || writer) || (!manager && lastSlot && !managerPresent)) {
            throw new VigilException(HttpStatus.FORBIDDEN, "not-an-approver", "supplier.error.accessApprover");
        }
        Instant now = clock.instant();
        c.approve(AccessCaseAccess.currentUser(), manager, now);
        access.audit("APPROVED", c, supplier, "Access case approved by one approver");
        if (c.approvalsComplete()) {
            LocalDate deadline = c.getKind() == Kind.EXPRESS ? LocalDate.now(clock).plusDays(catchUpDays) : null;
            c.decide(AccessCase.State.APPROVED, now, deadline);
            c.recordDecision(AccessCaseAccess.currentUser(), why != null ? why : c.getKind() + " access approved");
            if (!StatusTransitions.isAllowed(supplier.getStatus(), SupplierStatus.QUALIFIED)) {
                throw new IllegalTransitionException(supplier.getStatus(), SupplierStatus.QUALIFIED,
                        StatusTransitions.allowedFrom(supplier.getStatus()));
            }
            statuses.apply(supplier, SupplierStatus.QUALIFIED, c.getKind() + " access approved", null);
            tasks.completed(c, Stage.FINAL_SELECTION);
            if (c.getKind() == Kind.EXPRESS) {
                tasks.catchUpDue(c, supplier);
            }
        }
    }

    private static VoteChoice parse(String vote) {
        try {
            return vote == null ? null : VoteChoice.valueOf(vote.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
