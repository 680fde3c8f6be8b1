package io.vigil.storage;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Response headers for handing a stored file to a browser. Always an attachment, never rendered
 * inline, so an uploaded HTML or SVG file cannot run script in Vigil's origin.
 */
public final class Downloads {

    private Downloads() {
    }

    public static HttpHeaders attachment(StoredFile file) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(file.filename(), StandardCharsets.UTF_8).build());
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        headers.setContentLength(file.size());
        headers.set("X-Content-Type-Options", "nosniff");
        return headers;
    }
}
