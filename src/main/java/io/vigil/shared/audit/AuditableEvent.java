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
 */
public record AuditableEvent(String action, String entityType, String entityId, UUID orgUnitId, String summary,
        Map<String, Object> before, Map<String, Object> after, String actor) {

    public AuditableEvent {
        before = before == null ? Map.of() : before;
        after = after == null ? Map.of() : after;
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
        return new AuditableEvent(action, entityType, entityId, orgUnitId, summary, before, after, actorName);
    }
}
