package io.vigil.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;

/** Column list and row mapping of {@code audit_event}, shared by every reader. */
final class StoredEvents {

    static final String COLUMNS = "seq, occurred_at, actor, actor_kind, action, entity_type, entity_id, org_unit_id, "
            + "summary, changes, client_ip, request_id, prev_hash, hash, related_type, related_id";

    static final RowMapper<StoredEvent> MAPPER = StoredEvents::map;

    private StoredEvents() {
    }

    static StoredEvent map(ResultSet rs, int row) throws SQLException {
        return new StoredEvent(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("actor_kind"), rs.getString("action"),
                rs.getString("entity_type"), rs.getString("entity_id"), rs.getObject("org_unit_id", UUID.class),
                rs.getString("summary"), rs.getString("changes"), rs.getString("client_ip"),
                rs.getString("request_id"), rs.getString("prev_hash"), rs.getString("hash"),
                rs.getString("related_type"), rs.getString("related_id"));
    }
}
