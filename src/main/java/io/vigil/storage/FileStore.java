package io.vigil.storage;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores the content of uploaded files. It knows nothing about who may read a file: the module
 * whose record references the file id checks that before it calls {@link #copyTo}.
 */
public interface FileStore {

    /**
     * Reads {@code content} to the end and stores it.
     *
     * @throws FileRejectedException when the content is empty or larger than {@code vigil.storage.max-file-size}
     */
    StoredFile store(String filename, String contentType, InputStream content);

    Optional<StoredFile> find(UUID id);

    /**
     * Streams the content of a stored file.
     *
     * @throws io.vigil.shared.security.RecordNotFoundException when there is no such file
     */
    void copyTo(UUID id, OutputStream out);
}
