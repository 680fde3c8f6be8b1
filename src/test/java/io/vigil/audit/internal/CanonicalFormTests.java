package io.vigil.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CanonicalFormTests {

    static StoredEvent event(String actor, String summary) {
        return new StoredEvent(7, Instant.parse("2026-11-28T10:15:30.123456Z"), actor, "USER", "UPDATED", "Risk",
                "r-1", UUID.fromString("00000000-0000-0000-0000-000000000001"), summary, "{\"after\":{},\"before\":{}}",
                "127.0.0.1", "req-1", null, null);
    }

    @Test
    void hashIsTheKnownSha256OfPreviousHashAndCanonicalBytes() {
        StoredEvent chained = event("alice", "Retitled").chained(CanonicalForm.GENESIS);

        assertThat(chained.prevHash()).isEqualTo("0".repeat(64));
        assertThat(chained.hash()).hasSize(64).matches("[0-9a-f]{64}")
                .isEqualTo(CanonicalForm.hash(CanonicalForm.GENESIS, event("alice", "Retitled")));
    }

    @Test
    void lengthPrefixesKeepFieldBoundariesApart() {
        assertThat(CanonicalForm.hash(CanonicalForm.GENESIS, event("ab", "c")))
                .isNotEqualTo(CanonicalForm.hash(CanonicalForm.GENESIS, event("a", "bc")));
    }

    @Test
    void nullAndEmptyAreDifferent() {
        StoredEvent withNull = new StoredEvent(1, Instant.EPOCH, "a", "USER", "X", "T", null, null, "", "{}", null,
                null, null, null);
        StoredEvent withEmpty = new StoredEvent(1, Instant.EPOCH, "a", "USER", "X", "T", "", null, "", "{}", null,
                null, null, null);
        assertThat(CanonicalForm.hash(CanonicalForm.GENESIS, withNull))
                .isNotEqualTo(CanonicalForm.hash(CanonicalForm.GENESIS, withEmpty));
    }

    @Test
    void aRelatedRecordIsHashedAndEventsWithoutOneKeepTheirV1Form() {
        StoredEvent plain = event("alice", "x");
        StoredEvent related = new StoredEvent(plain.seq(), plain.occurredAt(), plain.actor(), plain.actorKind(),
                plain.action(), plain.entityType(), plain.entityId(), plain.orgUnitId(), plain.summary(),
                plain.changes(), plain.clientIp(), plain.requestId(), null, null, "Supplier", "s-1");
        StoredEvent otherRelated = new StoredEvent(plain.seq(), plain.occurredAt(), plain.actor(), plain.actorKind(),
                plain.action(), plain.entityType(), plain.entityId(), plain.orgUnitId(), plain.summary(),
                plain.changes(), plain.clientIp(), plain.requestId(), null, null, "Supplier", "s-2");
        assertThat(new String(CanonicalForm.bytes(plain), java.nio.charset.StandardCharsets.UTF_8))
                .contains("vigil-audit-v1").doesNotContain("vigil-audit-v2");
        assertThat(CanonicalForm.hash(CanonicalForm.GENESIS, related))
                .isNotEqualTo(CanonicalForm.hash(CanonicalForm.GENESIS, plain))
                .isNotEqualTo(CanonicalForm.hash(CanonicalForm.GENESIS, otherRelated));
        assertThat(related.chained(CanonicalForm.GENESIS).hash())
                .isEqualTo(CanonicalForm.hash(CanonicalForm.GENESIS, related));
    }

    @Test
    void aDifferentPredecessorGivesADifferentHash() {
        assertThat(CanonicalForm.hash("1".repeat(64), event("alice", "x")))
                .isNotEqualTo(CanonicalForm.hash(CanonicalForm.GENESIS, event("alice", "x")));
    }

    @Test
    void timeIsUtcWithExactlySixFractionDigitsAfterTruncation() {
        Instant nanos = Instant.parse("2026-11-28T10:15:30.123456789Z");
        assertThat(CanonicalForm.time(CanonicalForm.truncate(nanos))).isEqualTo("2026-11-28T10:15:30.123456Z");
        assertThat(CanonicalForm.time(Instant.parse("2026-11-28T10:15:30Z"))).isEqualTo("2026-11-28T10:15:30.000000Z");
    }

    @Test
    void changesJsonSortsKeysAtEveryLevel() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("z", 1);
        nested.put("a", 2);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", "New");
        after.put("limits", nested);

        assertThat(ChangesJson.write(Map.of(), after))
                .isEqualTo("{\"after\":{\"limits\":{\"a\":2,\"z\":1},\"title\":\"New\"},\"before\":{}}");
    }

    @Test
    void storedTextIsCleanedOfWhatTheDatabaseWouldNotReturn() {
        assertThat(AuditAppender.clean("a\u0000b", 10)).isEqualTo("ab");
        assertThat(AuditAppender.clean("abcdef", 3)).isEqualTo("abc");
        assertThat(AuditAppender.clean("x\uD800y", 10)).isEqualTo("x?y");
    }
}
