package io.vigil.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The bytes an event's hash covers. Every field is written as a 4-byte big-endian length followed by
 * its UTF-8 bytes (length -1 for null), in a fixed order behind a version tag, so no two different
 * events share a canonical form. {@code hash = SHA-256(UTF-8 of the previous hash in hex ‖ canonical bytes)}.
 */
final class CanonicalForm {

    static final String GENESIS = "0".repeat(64);
    static final String VERSION = "vigil-audit-v1";
    /** Events naming a related record: the v1 fields, then related type and id. v1 events hash as before. */
    static final String VERSION_RELATED = "vigil-audit-v2";

    /** Fixed width, always six fraction digits, always UTC: what is stored round-trips on H2 and PostgreSQL. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private CanonicalForm() {
    }

    /** Both databases keep microseconds: anything finer would not survive a round trip. */
    static Instant truncate(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    static String time(Instant time) {
        return TIME.format(time);
    }

    static byte[] bytes(StoredEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + length(event.changes()));
        field(out, event.hasRelated() ? VERSION_RELATED : VERSION);
        field(out, Long.toString(event.seq()));
        field(out, time(event.occurredAt()));
        field(out, event.actor());
        field(out, event.actorKind());
        field(out, event.action());
        field(out, event.entityType());
        field(out, event.entityId());
        field(out, event.orgUnitId() == null ? null : event.orgUnitId().toString());
        field(out, event.summary());
        field(out, event.changes());
        field(out, event.clientIp());
        field(out, event.requestId());
        if (event.hasRelated()) {
            field(out, event.relatedType());
            field(out, event.relatedId());
        }
        return out.toByteArray();
    }

    static String hash(String previousHash, StoredEvent event) {
        MessageDigest sha256 = sha256();
        sha256.update(previousHash.getBytes(StandardCharsets.UTF_8));
        sha256.update(bytes(event));
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            writeInt(out, -1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        writeInt(out, utf8.length);
        out.writeBytes(utf8);
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
