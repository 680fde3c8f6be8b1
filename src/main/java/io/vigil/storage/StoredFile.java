package io.vigil.storage;

import java.time.Instant;
import java.util.UUID;

/** What is known about a stored file; the content is read through {@link FileStore#copyTo}. */
public record StoredFile(UUID id, String filename, String contentType, long size, String sha256, Instant storedAt,
        String storedBy) {
}
