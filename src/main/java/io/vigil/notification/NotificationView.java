package io.vigil.notification;

import java.time.Instant;
import java.util.UUID;

/** One entry of a user's inbox. */
public record NotificationView(UUID id, String kind, String subject, String body, String link, Instant createdAt,
        Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
