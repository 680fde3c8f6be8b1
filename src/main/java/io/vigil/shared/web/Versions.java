package io.vigil.shared.web;

import org.springframework.http.HttpStatus;

/**
 * The version a client says it changed, for optimistic locking: the {@code If-Match} header
 * ({@code "3"}, {@code W/"3"} or {@code 3}), else the version in the body. One of them is required
 * (428 otherwise); a header that is no version at all can never match, so it ends as a 409.
 */
public final class Versions {

    private Versions() {
    }

    public static long expected(String ifMatch, Long bodyVersion) {
        if (ifMatch != null) {
            return parse(ifMatch);
        }
        if (bodyVersion == null) {
            throw new VigilException(HttpStatus.PRECONDITION_REQUIRED, "version-required", "problem.versionRequired.detail");
        }
        return bodyVersion;
    }

    private static long parse(String ifMatch) {
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
}
