package io.vigil.audit.internal;

import io.vigil.audit.ChainVerification;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Walks the chain in sequence order, a page at a time, recomputing every hash. Plain JDBC over a
 * {@link DataSource}, so the running application and the offline {@code audit verify} command share
 * it. Only events up to the head read at the start are checked: appends committed meanwhile are
 * left for the next run instead of being mistaken for damage.
 */
public class AuditChainVerifier {

    static final int PAGE_SIZE = 500;

    private final JdbcTemplate jdbc;

    public AuditChainVerifier(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public ChainVerification verify() {
        ChainHead head = jdbc.queryForObject("SELECT last_seq, last_hash FROM audit_head WHERE id = 1",
                (rs, row) -> new ChainHead(rs.getLong("last_seq"), rs.getString("last_hash")));
        long expectedSeq = 1;
        String previousHash = CanonicalForm.GENESIS;
        long checked = 0;
        while (expectedSeq <= head.lastSeq()) {
            List<StoredEvent> page = jdbc.query("SELECT " + StoredEvents.COLUMNS
                    + " FROM audit_event WHERE seq >= ? AND seq <= ? ORDER BY seq LIMIT ?", StoredEvents.MAPPER,
                    expectedSeq, head.lastSeq(), PAGE_SIZE);
            if (page.isEmpty()) {
                break;
            }
            for (StoredEvent event : page) {
                checked++;
                if (event.seq() != expectedSeq) {
                    return broken(checked, expectedSeq, head);
                }
                if (!previousHash.equals(event.prevHash())
                        || !CanonicalForm.hash(previousHash, event).equals(event.hash())) {
                    return broken(checked, event.seq(), head);
                }
                previousHash = event.hash();
                expectedSeq++;
            }
        }
        if (expectedSeq <= head.lastSeq()) {
            // events at the tail are gone although the head still counts them
            return broken(checked, expectedSeq, head);
        }
        if (!previousHash.equals(head.lastHash())) {
            return broken(checked, head.lastSeq(), head);
        }
        return new ChainVerification(true, checked, null, head.lastHash());
    }

    private static ChainVerification broken(long checked, long seq, ChainHead head) {
        return new ChainVerification(false, checked, seq, head.lastHash());
    }

    record ChainHead(long lastSeq, String lastHash) {
    }
}
