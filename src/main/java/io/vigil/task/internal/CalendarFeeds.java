package io.vigil.task.internal;

import io.vigil.shared.audit.AuditableEvent;
import io.vigil.task.TaskFilter;
import io.vigil.task.TaskStatus;
import io.vigil.task.TaskView;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-user calendar feed secrets and the feed itself. Calendar clients cannot send headers, so the
 * feed is authenticated by a secret in its URL. It is a dedicated, read-only secret rather than an
 * API token: a calendar URL travels to third-party calendar servers and phones, so leaking it must
 * expose deadlines only, never the API, and renewing it must not break the user's scripts.
 */
@Service
@Transactional
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeedTokenRepository tokens;
    private final TaskService tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarFeeds(CalendarFeedTokenRepository tokens, TaskService tasks, ApplicationEventPublisher events,
            Clock clock) {
        this.tokens = tokens;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    /** Creates (or replaces) the user's feed secret; the old feed URL stops working. */
    public String renew(UUID userId) {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        tokens.findById(userId).ifPresentOrElse(t -> t.renew(sha256(secret), clock.instant()),
                () -> tokens.save(new CalendarFeedToken(userId, sha256(secret), clock.instant())));
        events.publishEvent(AuditableEvent.of("FEED_TOKEN_RENEWED", "CalendarFeedToken", userId, null,
                "Calendar feed address renewed"));
        return secret;
    }

    @Transactional(readOnly = true)
    public boolean hasFeed(UUID userId) {
        return tokens.existsById(userId);
    }

    /** The user's feed as iCalendar text, or empty when the secret is unknown. */
    @Transactional(readOnly = true)
    public Optional<String> feed(String secret, String baseUrl) {
        if (secret == null || secret.length() < 20 || secret.length() > 64) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(sha256(secret)).map(token -> {
            LocalDate today = LocalDate.now(clock);
            TaskFilter filter = new TaskFilter(Set.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS), null, null, null, 400);
            List<TaskView> mine = tasks.mine(token.getUserId(), filter, PageRequest.of(0, 500)).getContent().stream()
                    .filter(t -> !t.dueDate().isBefore(today.minusDays(90))).toList();
            return IcsCalendar.write("Vigil", mine, clock.instant(), baseUrl);
        });
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
