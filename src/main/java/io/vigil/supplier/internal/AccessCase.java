package io.vigil.supplier.internal;

import io.vigil.supplier.internal.AccessStages.ExpressReason;
import io.vigil.supplier.internal.AccessStages.Kind;
import io.vigil.supplier.internal.AccessStages.Stage;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** One supplier's way into the pool; the state machine's rules are in {@link AccessStages}. */
@Entity
@Table(name = "supplier_access_case")
class AccessCase {

    enum State {
        OPEN, APPROVED, REJECTED
    }

    @Embeddable
    static class StageRecord {

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private Stage stage;

        @Column(nullable = false)
        private String data;

        @Column(name = "completed_by", nullable = false)
        private UUID completedBy;

        @Column(name = "completed_at", nullable = false)
        private Instant completedAt;

        protected StageRecord() {
        }

        StageRecord(Stage stage, String data, UUID completedBy, Instant completedAt) {
            this.stage = stage;
            this.data = data;
            this.completedBy = completedBy;
            this.completedAt = completedAt;
        }

        Stage stage() {
            return stage;
        }

        String data() {
            return data;
        }

        Instant completedAt() {
            return completedAt;
        }

        UUID completedBy() {
            return completedBy;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof StageRecord r && r.stage == stage;
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(stage);
        }
    }

    @Embeddable
    static class Approval {

        @Column(name = "approver_id", nullable = false)
        private UUID approverId;

        @Column(name = "approved_at", nullable = false)
        private Instant approvedAt;

        @Column(name = "procurement_manager", nullable = false)
        private boolean procurementManager;

        protected Approval() {
        }

        Approval(UUID approverId, Instant approvedAt, boolean procurementManager) {
            this.approverId = approverId;
            this.approvedAt = approvedAt;
            this.procurementManager = procurementManager;
        }

        UUID approverId() {
            return approverId;
        }

        boolean procurementManager() {
            return procurementManager;
        }

        Instant approvedAt() {
            return approvedAt;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Approval a && Objects.equals(a.approverId, approverId);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(approverId);
        }
    }

    /** An evaluator's conflict-of-interest declaration for this case. */
    @Embeddable
    static class Declaration {

        @Column(name = "user_id", nullable = false)
        private UUID userId;

        @Column(nullable = false)
        private boolean conflict;

        private String note;

        @Column(name = "declared_at", nullable = false)
        private Instant declaredAt;

        protected Declaration() {
        }

        Declaration(UUID userId, boolean conflict, String note, Instant declaredAt) {
            this.userId = userId;
            this.conflict = conflict;
            this.note = note;
            this.declaredAt = declaredAt;
        }

        UUID userId() {
            return userId;
        }

        boolean conflict() {
            return conflict;
        }

        String note() {
            return note;
        }

        Instant declaredAt() {
            return declaredAt;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Declaration d && Objects.equals(d.userId, userId);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(userId);
        }
    }

    /** A committee member's vote in the final selection. */
    enum VoteChoice {
        APPROVE, REJECT, ABSTAIN
    }

    @Embeddable
    static class Vote {

        @Column(name = "voter_id", nullable = false)
        private UUID voterId;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private VoteChoice vote;

        @Column(nullable = false)
        private String reason;

        @Column(name = "voted_at", nullable = false)
        private Instant votedAt;

        protected Vote() {
        }

        Vote(UUID voterId, VoteChoice vote, String reason, Instant votedAt) {
            this.voterId = voterId;
            this.vote = vote;
            this.reason = reason;
            this.votedAt = votedAt;
        }

        UUID voterId() {
            return voterId;
        }

        VoteChoice vote() {
            return vote;
        }

        String reason() {
            return reason;
        }

        Instant votedAt() {
            return votedAt;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Vote v && Objects.equals(v.voterId, voterId);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(voterId);
        }
    }

    @Id
    private UUID id;

    @Column(name = "supplier_id", nullable = false)
    private UUID supplierId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Enumerated(EnumType.STRING)
    @Column(name = "express_reason")
    private ExpressReason expressReason;

    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "catch_up_deadline")
    private LocalDate catchUpDeadline;

    @Column(name = "catch_up_completed", nullable = false)
    private boolean catchUpCompleted;

    @Column(name = "suspended_for_catch_up", nullable = false)
    private boolean suspendedForCatchUp;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "objection_window_days")
    private Integer objectionWindowDays;

    @Column(name = "objection_window_ends")
    private LocalDate objectionWindowEnds;

    @Column(name = "decided_by")
    private UUID decidedBy;

    @Column(name = "decision_reason")
    private String decisionReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supplier_access_stage", joinColumns = @JoinColumn(name = "case_id"))
    private Set<StageRecord> stages = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supplier_access_approval", joinColumns = @JoinColumn(name = "case_id"))
    private Set<Approval> approvals = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supplier_access_declaration", joinColumns = @JoinColumn(name = "case_id"))
    private Set<Declaration> declarations = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supplier_access_vote", joinColumns = @JoinColumn(name = "case_id"))
    private Set<Vote> votes = new HashSet<>();

    @Version
    private Long version;

    protected AccessCase() {
    }

    AccessCase(UUID supplierId, Kind kind, ExpressReason expressReason, UUID ownerId, Instant now) {
        this.id = UUID.randomUUID();
        this.supplierId = supplierId;
        this.kind = kind;
        this.expressReason = expressReason;
        this.ownerId = ownerId;
        this.openedAt = now;
        this.stage = Stage.QUALIFICATION_REVIEW;
        this.state = State.OPEN;
    }

    /** Records the current stage's data and moves to the next stage of this kind's path. */
    void completeStage(String data, UUID by, Instant now) {
        stages.add(new StageRecord(stage, data, by, now));
        Stage next = AccessStages.next(kind, stage);
        if (next != null) {
            stage = next;
        }
    }

    boolean stageRecorded(Stage s) {
        return stages.stream().anyMatch(r -> r.stage() == s);
    }

    void recordCatchUp(Stage s, String data, UUID by, Instant now) {
        stages.add(new StageRecord(s, data, by, now));
        catchUpCompleted = AccessStages.CATCH_UP.stream().allMatch(this::stageRecorded);
    }

    /** A declaration is final: a second one by the same person is refused by the caller. */
    void declare(UUID userId, boolean conflict, String note, Instant now) {
        declarations.add(new Declaration(userId, conflict, note, now));
    }

    java.util.Optional<Declaration> declarationOf(UUID userId) {
        return declarations.stream().filter(d -> d.userId().equals(userId)).findFirst();
    }

    void approve(UUID approver, boolean procurementManager, Instant now) {
        approvals.add(new Approval(approver, now, procurementManager));
    }

    boolean approvalsComplete() {
        return approvals.size() >= AccessStages.approversNeeded(kind)
                && approvals.stream().anyMatch(Approval::procurementManager);
    }

    void decide(State decision, Instant now, LocalDate catchUpDeadline) {
        this.state = decision;
        this.decidedAt = now;
        this.catchUpDeadline = catchUpDeadline;
    }

    /** Publishes the shortlist: objections are taken until the end of {@code windowEnds}. */
    void announce(LocalDate publishedOn, int windowDays, LocalDate windowEnds) {
        this.publishedOn = publishedOn;
        this.objectionWindowDays = windowDays;
        this.objectionWindowEnds = windowEnds;
    }

    void vote(UUID voter, VoteChoice choice, String reason, Instant now) {
        votes.add(new Vote(voter, choice, reason, now));
    }

    java.util.Optional<Vote> voteOf(UUID voter) {
        return votes.stream().filter(v -> v.voterId().equals(voter)).findFirst();
    }

    long votesFor(VoteChoice choice) {
        return votes.stream().filter(v -> v.vote() == choice).count();
    }

    /** The final selection's outcome: who decided and why (approval or rejection). */
    void recordDecision(UUID by, String reason) {
        this.decidedBy = by;
        this.decisionReason = reason;
    }

    void markSuspendedForCatchUp() {
        this.suspendedForCatchUp = true;
    }

    UUID getId() {
        return id;
    }

    UUID getSupplierId() {
        return supplierId;
    }

    Kind getKind() {
        return kind;
    }

    Stage getStage() {
        return stage;
    }

    State getState() {
        return state;
    }

    ExpressReason getExpressReason() {
        return expressReason;
    }

    UUID getOwnerId() {
        return ownerId;
    }

    LocalDate getCatchUpDeadline() {
        return catchUpDeadline;
    }

    boolean isCatchUpCompleted() {
        return catchUpCompleted;
    }

    boolean isSuspendedForCatchUp() {
        return suspendedForCatchUp;
    }

    Instant getOpenedAt() {
        return openedAt;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    LocalDate getPublishedOn() {
        return publishedOn;
    }

    Integer getObjectionWindowDays() {
        return objectionWindowDays;
    }

    LocalDate getObjectionWindowEnds() {
        return objectionWindowEnds;
    }

    UUID getDecidedBy() {
        return decidedBy;
    }

    String getDecisionReason() {
        return decisionReason;
    }

    Set<Vote> getVotes() {
        return votes;
    }

    Set<Declaration> getDeclarations() {
        return declarations;
    }

    Set<StageRecord> getStages() {
        return stages;
    }

    Set<Approval> getApprovals() {
        return approvals;
    }

    long getVersion() {
        return version == null ? 0 : version;
    }
}
