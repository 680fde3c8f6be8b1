package io.vigil.identity;

import java.util.UUID;

/** A user as other modules see it. */
public record UserSummary(UUID id, String username, String displayName, String email, String locale,
        String status) {
}
