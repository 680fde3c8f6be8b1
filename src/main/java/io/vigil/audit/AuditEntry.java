package io.vigil.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One event of a record's history.
 *
 * @param changes    changed fields by name (sorted), each with its value before and after
 * @param entityType the record the event changed (in a timeline: the record itself or one that belongs to it)
 * @param entityId   that record's id, {@code null} for events about no single record
 */
public record AuditEntry(long seq, Instant at, String actor, String actorKind, String action, String summary,
        Map<String, Change> changes, String entityType, String entityId) {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    public AuditEntry {
        changes = Collections.unmodifiableMap(new TreeMap<>(changes));
    }

    /** An entry whose record is known from context (a record's own history). */
    public AuditEntry(long seq, Instant at, String actor, String actorKind, String action, String summary,
            Map<String, Change> changes) {
        this(seq, at, actor, actorKind, action, summary, changes, null, null);
    }

    /** A field's value before and after the event; {@code null} when it had none. */
    public record Change(Object before, Object after) {
    }

    /** The time as templates show it, in UTC (the zone the trail is written in). */
    public String atUtc() {
        return DISPLAY.format(at);
    }
}
