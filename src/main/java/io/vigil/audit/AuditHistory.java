package io.vigil.audit;

import java.util.List;

/**
 * A record's history for its detail page. The caller has already checked that the user may see the
 * record; the history belongs to it and is not filtered again.
 */
public interface AuditHistory {

    /** At most this many entries are returned, newest first. */
    int LIMIT = 200;

    List<AuditEntry> historyOf(String entityType, String entityId);
}
