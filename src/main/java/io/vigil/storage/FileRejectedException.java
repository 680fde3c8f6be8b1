package io.vigil.storage;

import io.vigil.shared.web.VigilException;
import org.springframework.http.HttpStatus;

/** An upload that cannot be stored: empty, or over the size limit. Changes nothing. */
public class FileRejectedException extends VigilException {

    private FileRejectedException(HttpStatus status, String type, String messageKey, Object... arguments) {
        super(status, type, messageKey, arguments);
    }

    public static FileRejectedException empty(String filename) {
        return new FileRejectedException(HttpStatus.BAD_REQUEST, "file-empty", "storage.error.empty", filename);
    }

    public static FileRejectedException tooLarge(String filename, long maxBytes) {
        return new FileRejectedException(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "storage.error.too-large",
                filename, maxBytes / (1024 * 1024));
    }
}
