package io.vigil.audit;

import io.vigil.shared.security.VisibleUnits;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * A record's history for its detail page, and its timeline. The caller has already checked that the
 * user may see the record; the history belongs to it and is not filtered again.
 */
public interface AuditHistory {

    /** At most this many entries are returned, newest first. */
    int LIMIT = 200;

    /** The largest page {@link #timelineOf} returns. */
    int MAX_TIMELINE_PAGE = 100;

    List<AuditEntry> historyOf(String entityType, String entityId);

    /**
     * Everything that happened to a record: its own events and those published with it as their
     * related record ({@code AuditableEvent.relatedTo(type, id)}), newest first, one page at a time.
     * Events of a unit outside {@code units} are left out (the related records may live in other units);
     * events of no unit are kept. Entries carry their entity type and id.
     *
     * @param kinds which events to keep; empty keeps all
     */
    Page<AuditEntry> timelineOf(String type, String id, Collection<Kind> kinds, VisibleUnits units, Pageable page);

    /**
     * A selection of events by the record type they changed and, optionally, the actions.
     *
     * @param actions the actions to keep; empty keeps every action of the type
     */
    record Kind(String entityType, Set<String> actions) {

        public Kind {
            actions = actions == null ? Set.of() : Set.copyOf(actions);
        }

        public static Kind of(String entityType) {
            return new Kind(entityType, Set.of());
        }
    }
}
