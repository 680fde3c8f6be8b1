package io.vigil.supplier.internal;

import io.vigil.supplier.SupplierStatus;
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
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A classification change waiting for approvals (blacklisting, lifting a blacklist). */
@Entity
@Table(name = "supplier_status_request")
class StatusRequest {

    enum State {
        PENDING, APPROVED, REJECTED
    }

    @Embeddable
    static class ApprovalRow {

        @Column(name = "approver_id", nullable = false)
        private UUID approverId;

        @Column(name = "approved_at", nullable = false)
        private Instant approvedAt;

        @Column(name = "admin_or_ciso", nullable = false)
        private boolean adminOrCiso;

        protected ApprovalRow() {
        }

        ApprovalRow(UUID approverId, Instant approvedAt, boolean adminOrCiso) {
            this.approverId = approverId;
            this.approvedAt = approvedAt;
            this.adminOrCiso = adminOrCiso;
        }

        UUID approverId() {
            return approverId;
        }

        Instant approvedAt() {
            return approvedAt;
        }

        boolean adminOrCiso() {
            return adminOrCiso;
        }

        // one approval per approver: the set's identity, so Hibernate can tell rows apart between flushes
        @Override
        public boolean equals(Object other) {
            return other instanceof ApprovalRow row && java.util.Objects.equals(approverId, row.approverId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hashCode(approverId);
        }
    }

    @Id
    private UUID id;

    @Column(name = "supplier_id", nullable = false)
    private UUID supplierId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    private SupplierStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_status", nullable = false)
    private SupplierStatus targetStatus;

    @Column(nullable = false)
    private String reason;

    @Column(name = "reason_code")
    private String reasonCode;

    @Column(name = "requested_by", nullable = false)
    private UUID requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supplier_status_approval", joinColumns = @JoinColumn(name = "request_id"))
    private Set<ApprovalRow> approvals = new HashSet<>();

    @Version
    private Long version;

    protected StatusRequest() {
    }

    StatusRequest(UUID supplierId, SupplierStatus from, SupplierStatus to, String reason, String reasonCode,
            UUID requestedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.supplierId = supplierId;
        this.fromStatus = from;
        this.targetStatus = to;
        this.reason = reason;
        this.reasonCode = reasonCode;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
        this.state = State.PENDING;
    }

    boolean hasApproved(UUID userId) {
        return approvals.stream().anyMatch(a -> a.approverId().equals(userId));
    }

    void approve(UUID approverId, boolean adminOrCiso, Instant now) {
        approvals.add(new ApprovalRow(approverId, now, adminOrCiso));
    }

    /** Enough distinct approvers, and an ADMIN or CISO among them when the transition asks for one. */
    boolean satisfies(StatusTransitions.Approval needed) {
        return approvals.size() >= needed.approvers()
                && (!needed.needsAdminOrCiso() || approvals.stream().anyMatch(ApprovalRow::adminOrCiso));
    }

    void decide(State decision, Instant now) {
        this.state = decision;
        this.decidedAt = now;
    }

    UUID getId() {
        return id;
    }

    UUID getSupplierId() {
        return supplierId;
    }

    SupplierStatus getFromStatus() {
        return fromStatus;
    }

    SupplierStatus getTargetStatus() {
        return targetStatus;
    }

    String getReason() {
        return reason;
    }

    String getReasonCode() {
        return reasonCode;
    }

    UUID getRequestedBy() {
        return requestedBy;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    State getState() {
        return state;
    }

    Set<ApprovalRow> getApprovals() {
        return approvals;
    }

    long getVersion() {
        return version == null ? 0 : version;
    }
}
