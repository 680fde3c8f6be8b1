package io.vigil.storage.internal;

import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.storage.FileRejectedException;
import io.vigil.storage.FileStore;
import io.vigil.storage.StoredFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps file content in the database next to the records that reference it, so every replica
 * sees every file and a backup of the database is a backup of the evidence. The upload is spooled
 * to a temporary file first: its size and SHA-256 are known before the insert, and the content is
 * streamed to the driver rather than held as one array.
 */
@Service
@EnableConfigurationProperties(StorageProperties.class)
class DatabaseFileStore implements FileStore {

    private static final int MAX_FILENAME = 255;

    private final JdbcTemplate jdbc;
    private final StorageProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DatabaseFileStore(JdbcTemplate jdbc, StorageProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public StoredFile store(String filename, String contentType, InputStream content) {
        String name = FileNames.safe(filename, MAX_FILENAME);
        long maxBytes = properties.maxFileSize().toBytes();
        Path spool = null;
        try {
            spool = Files.createTempFile("vigil-upload-", ".bin");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = spoolLimited(new DigestInputStream(content, sha256), spool, maxBytes, name);
            if (size == 0) {
                throw FileRejectedException.empty(name);
            }
            StoredFile file = new StoredFile(UUID.randomUUID(), name, contentTypeOrDefault(contentType), size,
                    HexFormat.of().formatHex(sha256.digest()), Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
                    currentUser());
            insert(file, spool);
            events.publishEvent(AuditableEvent.change("STORED", "StoredFile", file.id(), null,
                    "Stored file " + file.filename(), Map.of(),
                    Map.of("filename", file.filename(), "size", file.size(), "sha256", file.sha256())));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } finally {
            deleteQuietly(spool);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredFile> find(UUID id) {
        List<StoredFile> files = jdbc.query("""
                select id, filename, content_type, size_bytes, sha256, stored_at, stored_by
                from stored_file where id = ?""", (rs, row) -> new StoredFile(rs.getObject("id", UUID.class),
                rs.getString("filename"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getTimestamp("stored_at").toInstant(), rs.getString("stored_by")), id);
        return files.stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public void copyTo(UUID id, OutputStream out) {
        Boolean found = jdbc.query("select content from stored_file where id = ?", rs -> {
            if (!rs.next()) {
                return false;
            }
            try (InputStream in = rs.getBinaryStream(1)) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        }, id);
        if (!Boolean.TRUE.equals(found)) {
            throw new RecordNotFoundException("StoredFile", id);
        }
    }

    private static long spoolLimited(InputStream in, Path spool, long maxBytes, String name) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        try (in; OutputStream out = Files.newOutputStream(spool)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                size += read;
                if (size > maxBytes) {
                    throw FileRejectedException.tooLarge(name, maxBytes);
                }
                out.write(buffer, 0, read);
            }
        }
        return size;
    }

    private void insert(StoredFile file, Path spool) throws IOException {
        try (InputStream in = Files.newInputStream(spool)) {
            jdbc.update("""
                    insert into stored_file (id, filename, content_type, size_bytes, sha256, stored_at, stored_by, content)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
                ps.setObject(1, file.id());
                ps.setString(2, file.filename());
                ps.setString(3, file.contentType());
                ps.setLong(4, file.size());
                ps.setString(5, file.sha256());
                ps.setTimestamp(6, Timestamp.from(file.storedAt()));
                ps.setString(7, file.storedBy());
                ps.setBinaryStream(8, in, file.size());
            });
        }
    }

    private static String contentTypeOrDefault(String contentType) {
        if (contentType == null || contentType.isBlank() || contentType.length() > 200) {
            return "application/octet-stream";
        }
        return contentType.strip();
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private static void deleteQuietly(Path spool) {
        if (spool != null) {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException ignored) {
                // a temporary file the operating system cleans up anyway
            }
        }
    }
}
