package io.vigil.supplier.internal;

import io.vigil.supplier.SupplierStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A pending or decided classification change as the API and screens show it. */
public record StatusRequestView(UUID id, UUID supplierId, SupplierStatus fromStatus, SupplierStatus targetStatus,
        String reason, String reasonCode, UUID requestedBy, Instant requestedAt, String state,
        int requiredApprovals, boolean needsAdminOrCiso, List<UUID> approvedBy) {

    static StatusRequestView of(StatusRequest r) {
        StatusTransitions.Approval needed = StatusTransitions.approvalFor(r.getFromStatus(), r.getTargetStatus());
        return new StatusRequestView(r.getId(), r.getSupplierId(), r.getFromStatus(), r.getTargetStatus(),
                r.getReason(), r.getReasonCode(), r.getRequestedBy(), r.getRequestedAt(), r.getState().name(),
                needed.approvers(), needed.needsAdminOrCiso(),
                r.getApprovals().stream().map(StatusRequest.ApprovalRow::approverId).sorted().toList());
    }
}
