package io.vigil.notification.web;

import io.vigil.identity.Role;
import io.vigil.notification.DeliveryMode;
import io.vigil.notification.internal.Inbox;
import io.vigil.notification.internal.ReminderRules;
import io.vigil.notification.internal.ReminderRules.RuleView;
import io.vigil.shared.security.VigilPrincipal;
import io.vigil.shared.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/notifications}: the caller's inbox and preferences; reminder rules for task managers. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationApiController {

    record NotificationResponse(UUID id, String kind, String subject, String body, String link, Instant createdAt,
            boolean read) {
    }

    record Preference(@NotNull DeliveryMode mode) {
    }

    /** {@code escalateToManager} left out means true, like the column's default. */
    record Rule(@NotNull List<Integer> daysBefore, boolean remindWhenOverdue, Integer escalateAfterDays,
            Boolean escalateToManager, Role escalateToRole, boolean mandatory, Long version) {
    }

    private final Inbox inbox;
    private final ReminderRules rules;

    NotificationApiController(Inbox inbox, ReminderRules rules) {
        this.inbox = inbox;
        this.rules = rules;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    PageResponse<NotificationResponse> mine(@AuthenticationPrincipal VigilPrincipal me,
            @RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(inbox.mine(me.userId(), unread, PageRequest.of(Math.max(page, 0),
                Math.min(Math.max(size, 1), 100))), n -> new NotificationResponse(n.id(), n.kind(),
                        n.subject(), n.body(), n.link(), n.createdAt(), n.read()));
    }

    @GetMapping("/unread-count")
    @PreAuthorize("isAuthenticated()")
    Map<String, Long> unreadCount(@AuthenticationPrincipal VigilPrincipal me) {
        return Map.of("unread", inbox.unreadCount(me.userId()));
    }

    @PostMapping("/{id}/read")
    @PreAuthorize("isAuthenticated()")
    Map<String, Long> read(@AuthenticationPrincipal VigilPrincipal me, @PathVariable UUID id) {
        inbox.markRead(me.userId(), id);
        return Map.of("unread", inbox.unreadCount(me.userId()));
    }

    @PostMapping("/read-all")
    @PreAuthorize("isAuthenticated()")
    Map<String, Long> readAll(@AuthenticationPrincipal VigilPrincipal me) {
        inbox.markAllRead(me.userId());
        return Map.of("unread", inbox.unreadCount(me.userId()));
    }

    @GetMapping("/preferences")
    @PreAuthorize("isAuthenticated()")
    Map<String, DeliveryMode> preferences(@AuthenticationPrincipal VigilPrincipal me) {
        return inbox.preferencesOf(me.userId());
    }

    @PutMapping("/preferences/{kind}")
    @PreAuthorize("isAuthenticated()")
    Map<String, DeliveryMode> prefer(@AuthenticationPrincipal VigilPrincipal me,
            @PathVariable @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}") String kind, @Valid @RequestBody Preference body) {
        inbox.prefer(me.userId(), kind, body.mode());
        return inbox.preferencesOf(me.userId());
    }

    // reminder rules apply to the whole platform, so they are an administrator's setting
    @GetMapping("/rules")
    @PreAuthorize("hasAuthority('admin:users')")
    List<RuleView> rules() {
        return rules.all();
    }

    @PutMapping("/rules/{kind}")
    @PreAuthorize("hasAuthority('admin:users')")
    RuleView saveRule(@PathVariable String kind, @Valid @RequestBody Rule body) {
        return rules.save(kind, body.daysBefore(), body.remindWhenOverdue(), body.escalateAfterDays(),
                body.escalateToManager() == null || body.escalateToManager(), body.escalateToRole(), body.mandatory(), body.version());
    }
}
