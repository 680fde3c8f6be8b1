package io.vigil.identity.internal;

import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.web.VigilException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's own settings: profile, language and password. */
@Service
@Transactional
public class Preferences {

    private final UserAccountRepository users;
    private final AccountUserDetailsService principals;
    private final ApplicationEventPublisher events;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;

    Preferences(UserAccountRepository users, AccountUserDetailsService principals, ApplicationEventPublisher events,
            PasswordPolicy policy, PasswordEncoder encoder) {
        this.users = users;
        this.principals = principals;
        this.events = events;
        this.policy = policy;
        this.encoder = encoder;
    }

    /** Stores the preferred language and returns a refreshed principal to put in the session. */
    public VigilUserDetails changeLanguage(UUID userId, String languageTag) {
        UserAccount user = users.findById(userId).orElseThrow();
        String before = user.getLocale();
        user.changeLocale(languageTag);
        if (!languageTag.equals(before)) {
            events.publishEvent(AuditableEvent.change("UPDATED", "User", user.getId(), null, "Language changed",
                    Map.of("locale", before), Map.of("locale", languageTag)));
        }
        return refreshed(user);
    }

    @Transactional(readOnly = true)
    public UserAccount account(UUID userId) {
        return users.findById(userId).orElseThrow();
    }

    /** Updates display name, e-mail and language; returns a refreshed principal for the session. */
    public VigilUserDetails updateProfile(UUID userId, String displayName, String email, String languageTag) {
        UserAccount user = users.findById(userId).orElseThrow();
        Map<String, Object> before = snapshot(user);
        user.updateProfile(displayName.trim(), email == null || email.isBlank() ? null : email.trim(),
                Locales.normalize(languageTag));
        Map<String, Object> after = snapshot(user);
        if (!before.equals(after)) {
            events.publishEvent(AuditableEvent.change("UPDATED", "User", userId, null, "Profile updated", before, after));
        }
        return refreshed(user);
    }

    /** Self-service password change: the current password proves it is the owner at the keyboard. */
    public void changePassword(UUID userId, String currentPassword, String newPassword) {
        UserAccount user = users.findById(userId).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "wrong-password", "identity.password.currentWrong");
        }
        policy.check(user.getUsername(), newPassword);
        user.changePassword(encoder.encode(newPassword));
        events.publishEvent(AuditableEvent.of("PASSWORD_CHANGED", "User", userId, null,
                "Password changed by " + user.getUsername()));
    }

    private VigilUserDetails refreshed(UserAccount user) {
        VigilUserDetails principal = principals.principalFor(user, "USER");
        principal.eraseCredentials();
        return principal;
    }

    private static Map<String, Object> snapshot(UserAccount user) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("displayName", user.getDisplayName());
        values.put("email", Objects.toString(user.getEmail(), ""));
        values.put("locale", user.getLocale());
        return values;
    }
}
