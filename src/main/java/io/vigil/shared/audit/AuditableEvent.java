package io.vigil.shared.audit;

import java.util.Map;
import java.util.UUID;

/**
 * Published by any module for every change to business data, every login, export and permission
 * change. The audit module appends it to the hash-chained trail synchronously, inside the
 * publisher's transaction, so a change and its audit record commit or roll back together.
 *
 * @param action     verb in the past tense, upper snake case ({@code CREATED}, {@code LOGIN_FAILED}, {@code EXPORTED})
 * @param entityType the record type ({@code Employee}, {@code User})
 * @param entityId   the record id, or {@code null} for events about no single record
 * @param orgUnitId  the org unit the record belongs to, when it belongs to one
 * @param summary    one line a person can read
 * @param before     field values before the change (empty for creations)
 * @param after      field values after the change (empty for deletions)
 * @param actor      who acted when it is not the authenticated principal (a failed login's username);
 *                   {@code null} to take the principal from the security context
 * @param related    the record this event also concerns, when the changed record belongs to another
 *                   one (a supplier's document concerns the supplier); {@code null} when none. The
 *                   related record's timeline finds the event through it.
 */
public record AuditableEvent(String action, String entityType, String entityId, UUID orgUnitId, String summary,
        Map<String, Object> before, Map<String, Object> after, String actor, Related related) {

    public AuditableEvent {
        before = before == null ? Map.of() : before;
        after = after == null ? Map.of() : after;
    }

    /** An event that concerns no record but its own (the form every module used before {@link Related}). */
    public AuditableEvent(String action, String entityType, String entityId, UUID orgUnitId, String summary,
            Map<String, Object> before, Map<String, Object> after, String actor) {
        this(action, entityType, entityId, orgUnitId, summary, before, after, actor, null);
    }

    /** A record, by type and id, that an event concerns besides its own (e.g. {@code Supplier}, its id). */
    public record Related(String type, String id) {

        public Related {
            if (type == null || type.isBlank() || id == null || id.isBlank()) {
                throw new IllegalArgumentException("a related record needs a type and an id");
            }
        }
    }

    public static AuditableEvent of(String action, String entityType, Object entityId, UUID orgUnitId, String summary) {
        return new AuditableEvent(action, entityType, entityId == null ? null : entityId.toString(), orgUnitId,
                summary, Map.of(), Map.of(), null);
    }

    public static AuditableEvent change(String action, String entityType, Object entityId, UUID orgUnitId,
            String summary, Map<String, Object> before, Map<String, Object> after) {
        return new AuditableEvent(action, entityType, entityId == null ? null : entityId.toString(), orgUnitId,
                summary, before, after, null);
    }

    public AuditableEvent byActor(String actorName) {
        return new AuditableEvent(action, entityType, entityId, orgUnitId, summary, before, after, actorName, related);
    }

    /** The same event, also concerning the given record (its timeline will show it). */
    public AuditableEvent relatedTo(String type, Object id) {
        return new AuditableEvent(action, entityType, entityId, orgUnitId, summary, before, after, actor,
                new Related(type, id == null ? null : id.toString()));
    }
}
