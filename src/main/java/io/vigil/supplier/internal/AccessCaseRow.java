package io.vigil.supplier.internal;

import io.vigil.supplier.internal.AccessStages.Kind;
import io.vigil.supplier.internal.AccessStages.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One line of the access-case list; {@code ownerName} is filled in after the page query. */
public record AccessCaseRow(UUID id, UUID supplierId, String supplierName, String kind, String stage, String state,
        String expressReason, UUID ownerId, String ownerName, Instant openedAt, LocalDate catchUpDeadline,
        boolean catchUpCompleted) {

    AccessCaseRow(UUID id, UUID supplierId, String supplierName, Kind kind, Stage stage, AccessCase.State state,
            AccessStages.ExpressReason expressReason, UUID ownerId, Instant openedAt, LocalDate catchUpDeadline,
            boolean catchUpCompleted) {
        this(id, supplierId, supplierName, kind.name(), stage.name(), state.name(),
                expressReason == null ? null : expressReason.name(), ownerId, null, openedAt, catchUpDeadline,
                catchUpCompleted);
    }

    AccessCaseRow withOwnerName(String name) {
        return new AccessCaseRow(id, supplierId, supplierName, kind, stage, state, expressReason, ownerId, name,
                openedAt, catchUpDeadline, catchUpCompleted);
    }

    /** An approved express case whose skipped stages are still missing after the deadline. */
    public boolean catchUpOverdue(LocalDate today) {
        return "EXPRESS".equals(kind) && "APPROVED".equals(state) && !catchUpCompleted && catchUpDeadline != null
                && catchUpDeadline.isBefore(today);
    }
}
