package io.vigil.notification.internal;

import io.vigil.identity.UserDirectory;
import io.vigil.identity.UserSummary;
import io.vigil.notification.DeliveryMode;
import io.vigil.notification.Notifications;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.web.I18nConfiguration;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notifications in the recipient's language and decides, from their preference for the
 * kind, whether the e-mail goes out now, in the digest, or not at all. Also the user's inbox.
 */
@Service
@Transactional
public class Inbox implements Notifications {

    /** Kinds whose e-mail cannot be switched off: escalations. */
    static final Set<String> ALWAYS_MANDATORY = Set.of("ESCALATION");

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final ReminderRuleRepository rules;
    private final UserDirectory users;
    private final MessageSource messages;
    private final Clock clock;
    private final boolean mailConfigured;

    Inbox(NotificationRepository notifications, NotificationPreferenceRepository preferences,
            ReminderRuleRepository rules, UserDirectory users, MessageSource messages, Clock clock,
            org.springframework.beans.factory.ObjectProvider<org.springframework.mail.javamail.JavaMailSender> mail) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.rules = rules;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
        this.mailConfigured = mail.getIfAvailable() != null;
    }

    @Override
    public void notify(UUID recipientId, String kind, String subjectKey, String bodyKey, Object[] args, String link) {
        users.find(recipientId).ifPresent(user -> deliver(user, kind, subjectKey, bodyKey, args, link));
    }

    void deliver(UserSummary user, String kind, String subjectKey, String bodyKey, Object[] args, String link) {
        Locale locale = localeOf(user);
        String subject = messages.getMessage(subjectKey, args, subjectKey, locale);
        String body = messages.getMessage(bodyKey, args, bodyKey, locale);
        notifications.save(new Notification(user.id(), kind, subject, body, link, emailState(user, kind),
                clock.instant()));
    }

    private Notification.EmailState emailState(UserSummary user, String kind) {
        if (!mailConfigured || user.email() == null || user.email().isBlank()) {
            return Notification.EmailState.NONE;
        }
        DeliveryMode mode = preferences.findById(new NotificationPreference.Key(user.id(), kind))
                .map(NotificationPreference::getMode).orElse(DeliveryMode.IMMEDIATE);
        if (mode == DeliveryMode.OFF && isMandatory(kind)) {
            mode = DeliveryMode.IMMEDIATE;
        }
        return switch (mode) {
            case IMMEDIATE -> Notification.EmailState.PENDING;
            case DIGEST -> Notification.EmailState.DIGEST;
            case OFF -> Notification.EmailState.NONE;
        };
    }

    boolean isMandatory(String kind) {
        return ALWAYS_MANDATORY.contains(kind) || rules.findById(kind).map(r -> r.policy().mandatory()).orElse(false);
    }

    static Locale localeOf(UserSummary user) {
        Locale locale = I18nConfiguration.supported(user.locale());
        return locale == null ? Locale.ENGLISH : locale;
    }

    // ---- the user's inbox ----

    @Transactional(readOnly = true)
    public Page<io.vigil.notification.NotificationView> mine(UUID userId, boolean unreadOnly, Pageable pageable) {
        return (unreadOnly ? notifications.findByRecipientIdAndReadAtIsNullOrderByCreatedAtDesc(userId, pageable)
                : notifications.findByRecipientIdOrderByCreatedAtDesc(userId, pageable)).map(Notification::toView);
    }

    @Transactional(readOnly = true)
    public long unreadCount(UUID userId) {
        return notifications.countByRecipientIdAndReadAtIsNull(userId);
    }

    public void markRead(UUID userId, UUID notificationId) {
        notifications.findById(notificationId).filter(n -> n.getRecipientId().equals(userId))
                .orElseThrow(() -> new RecordNotFoundException("Notification", notificationId))
                .markRead(clock.instant());
    }

    public int markAllRead(UUID userId) {
        return notifications.markAllRead(userId, clock.instant());
    }

    @Transactional(readOnly = true)
    public Map<String, DeliveryMode> preferencesOf(UUID userId) {
        return preferences.findByUserId(userId).stream()
                .collect(Collectors.toMap(NotificationPreference::getKind, NotificationPreference::getMode));
    }

    /** One row of the preferences screen. */
    public record PreferenceChoice(String kind, DeliveryMode mode, boolean mandatory) {
    }

    /**
     * Every kind the user may meet: the kinds with their own reminder rule, escalations, and the kinds
     * they have already been notified about or set a preference for; escalations first.
     */
    @Transactional(readOnly = true)
    public java.util.List<PreferenceChoice> choicesOf(UUID userId) {
        Map<String, DeliveryMode> chosen = preferencesOf(userId);
        Set<String> mandatoryKinds = new java.util.HashSet<>(ALWAYS_MANDATORY);
        java.util.SortedSet<String> kinds = new java.util.TreeSet<>(ALWAYS_MANDATORY);
        for (ReminderRule rule : rules.findAll()) {
            kinds.add(rule.getKind());
            if (rule.policy().mandatory()) {
                mandatoryKinds.add(rule.getKind());
            }
        }
        kinds.addAll(notifications.findKindsOf(userId));
        kinds.addAll(chosen.keySet());
        // a preference is looked up by the notification's own kind, so "DEFAULT" would never apply
        kinds.remove(ReminderRule.DEFAULT_KIND);
        return kinds.stream()
                .sorted(java.util.Comparator.comparing((String k) -> !ALWAYS_MANDATORY.contains(k))
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .map(k -> mandatoryKinds.contains(k) ? new PreferenceChoice(k, DeliveryMode.IMMEDIATE, true)
                        : new PreferenceChoice(k, chosen.getOrDefault(k, DeliveryMode.IMMEDIATE), false))
                .toList();
    }

    /** Saves the screen's choices at once; mandatory kinds are skipped because they cannot change. */
    public void preferAll(UUID userId, Map<String, DeliveryMode> modes) {
        modes.forEach((kind, mode) -> {
            if (!isMandatory(kind)) {
                prefer(userId, kind, mode);
            }
        });
    }

    /** Sets the user's choice for a kind; OFF for a mandatory kind is refused. */
    public void prefer(UUID userId, String kind, DeliveryMode mode) {
        if (mode == DeliveryMode.OFF && isMandatory(kind)) {
            throw new io.vigil.shared.web.VigilException(org.springframework.http.HttpStatus.CONFLICT,
                    "mandatory-kind", "notification.error.mandatory", kind);
        }
        preferences.findById(new NotificationPreference.Key(userId, kind)).ifPresentOrElse(p -> p.change(mode),
                () -> preferences.save(new NotificationPreference(userId, kind, mode)));
    }
}
