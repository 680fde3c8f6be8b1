package io.vigil.supplier.internal.review;

import io.vigil.supplier.SupplierStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A rectification plan as staff screens, the API and (without internal notes on owners) the portal read it. */
public record RectificationView(UUID id, UUID supplierId, String supplierName, SupplierStatus supplierStatus,
        UUID reviewId, String state, List<String> issues, LocalDate dueDate, boolean overdue, Instant openedAt,
        String verifiedBy, Instant verifiedAt, String verificationNote, List<ActionView> actions, long version) {

    public record ActionView(UUID id, int position, String title, UUID ownerId, String ownerName, LocalDate deadline,
            String status, boolean overdue, String supplierResponse, Instant respondedAt, String reviewNote) {
    }

    public boolean open() {
        return "OPEN".equals(state);
    }

    public boolean allDone() {
        return !actions.isEmpty() && actions.stream().allMatch(a -> "DONE".equals(a.status()));
    }
}
