package io.vigil.risk.web;

import io.vigil.shared.web.VigilException;
import org.springframework.http.HttpStatus;

/** The expected version of a write: the If-Match header, else the body's version; one is required. */
final class Versions {

    private Versions() {
    }

    static long expected(String ifMatch, Long bodyVersion) {
        if (ifMatch != null) {
            String value = ifMatch.strip();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            try {
                return Long.parseLong(value.replace("\"", ""));
            } catch (NumberFormatException e) {
                return -1L;
            }
        }
        if (bodyVersion == null) {
            throw new VigilException(HttpStatus.PRECONDITION_REQUIRED, "version-required", "risk.error.versionRequired");
        }
        return bodyVersion;
    }
}
