package io.vigil.audit.internal;

import io.vigil.audit.AuditEntry.Change;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One row of {@code audit_event}, exactly as stored and hashed. */
public record StoredEvent(long seq, Instant occurredAt, String actor, String actorKind, String action,
        String entityType, String entityId, UUID orgUnitId, String summary, String changes, String clientIp,
        String requestId, String prevHash, String hash, String relatedType, String relatedId) {

    /** An event that names no related record (every event before the related columns existed). */
    public StoredEvent(long seq, Instant occurredAt, String actor, String actorKind, String action,
            String entityType, String entityId, UUID orgUnitId, String summary, String changes, String clientIp,
            String requestId, String prevHash, String hash) {
        this(seq, occurredAt, actor, actorKind, action, entityType, entityId, orgUnitId, summary, changes, clientIp,
                requestId, prevHash, hash, null, null);
    }

    /** The changed fields, parsed from the stored JSON. */
    public Map<String, Change> changesByField() {
        return ChangesJson.read(changes);
    }

    boolean hasRelated() {
        return relatedType != null || relatedId != null;
    }

    /** The same event with its chain link and hash filled in. */
    StoredEvent chained(String previousHash) {
        StoredEvent linked = new StoredEvent(seq, occurredAt, actor, actorKind, action, entityType, entityId,
                orgUnitId, summary, changes, clientIp, requestId, previousHash, null, relatedType, relatedId);
        return new StoredEvent(seq, occurredAt, actor, actorKind, action, entityType, entityId, orgUnitId, summary,
                changes, clientIp, requestId, previousHash, CanonicalForm.hash(previousHash, linked), relatedType,
                relatedId);
    }
}
