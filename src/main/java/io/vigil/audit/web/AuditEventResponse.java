package io.vigil.audit.web;

import io.vigil.audit.AuditEntry.Change;
import io.vigil.audit.internal.StoredEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

/** An audit event as the API and the audit page show it, with its changes parsed. */
record AuditEventResponse(long seq, Instant occurredAt, String actor, String actorKind, String action,
        String entityType, String entityId, UUID orgUnitId, String summary, Map<String, Change> changes,
        String clientIp, String requestId, String prevHash, String hash, String relatedType, String relatedId) {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    static AuditEventResponse of(StoredEvent event) {
        return new AuditEventResponse(event.seq(), event.occurredAt(), event.actor(), event.actorKind(),
                event.action(), event.entityType(), event.entityId(), event.orgUnitId(), event.summary(),
                event.changesByField(), event.clientIp(), event.requestId(), event.prevHash(),
                event.hash(), event.relatedType(), event.relatedId());
    }

    /** For the page; not a record component, so not part of the JSON. */
    public String occurredAtUtc() {
        return DISPLAY.format(occurredAt);
    }
}
