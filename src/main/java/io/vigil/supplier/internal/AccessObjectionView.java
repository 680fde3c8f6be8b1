package io.vigil.supplier.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An objection to a shortlist announcement as the API shows it. */
public record AccessObjectionView(UUID id, UUID caseId, String objector, String text, LocalDate raisedOn,
        UUID recordedBy, Instant recordedAt, String resolution, UUID resolvedBy, Instant resolvedAt, boolean resolved) {

    static AccessObjectionView of(AccessObjection o) {
        return new AccessObjectionView(o.getId(), o.getCaseId(), o.getObjector(), o.getText(), o.getRaisedOn(),
                o.getRecordedBy(), o.getRecordedAt(), o.getResolution(), o.getResolvedBy(), o.getResolvedAt(),
                o.isResolved());
    }
}
