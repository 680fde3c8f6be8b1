package io.vigil.identity.internal;

import io.vigil.shared.audit.AuditableEvent;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins and locks an account for a while after too many. Each outcome commits on
 * its own, because the authentication that reports it is about to fail.
 */
@Service
public class LoginAttempts {

    private final UserAccountRepository users;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginAttempts(UserAccountRepository users, IdentityProperties properties, ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String channel) {
        Instant now = clock.instant();
        var account = users.findByUsernameIgnoreCase(username);
        // the audit trail names what was typed, but no record is created for unknown names
        events.publishEvent(AuditableEvent.of("LOGIN_FAILED", "User", account.map(UserAccount::getId).orElse(null),
                null, "Failed " + channel + " login").byActor(truncate(username)));
        account.filter(user -> !user.isLockedAt(now)).ifPresent(user -> {
            if (user.recordFailedLogin(properties.maxFailedAttempts(), now.plus(properties.lockDuration()))) {
                events.publishEvent(AuditableEvent.of("ACCOUNT_LOCKED", "User", user.getId(), null,
                        "Locked after " + properties.maxFailedAttempts() + " failed logins until "
                                + user.getLockedUntil()).byActor("system"));
            }
        });
    }

    /**
     * A correct password. For a user with MFA this is only half a login: the failure count stays,
     * so alternating a right password with wrong codes cannot dodge the lockout.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username, String channel) {
        users.findByUsernameIgnoreCase(username).filter(user -> !user.isMfaEnabled()).ifPresent(user -> {
            user.recordSuccessfulLogin();
            events.publishEvent(AuditableEvent.of("LOGIN", "User", user.getId(), null, "Logged in via " + channel)
                    .byActor(user.getUsername()));
        });
    }

    /** The second factor completed a login. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void secondFactorSucceeded(String username, String channel) {
        users.findByUsernameIgnoreCase(username).ifPresent(user -> {
            user.recordSuccessfulLogin();
            events.publishEvent(AuditableEvent.of("LOGIN", "User", user.getId(), null,
                    "Logged in via " + channel + " with password and second factor").byActor(user.getUsername()));
        });
    }

    /** True while the account is locked (a failed second factor may just have locked it). */
    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        return users.findByUsernameIgnoreCase(username).map(user -> user.isLockedAt(clock.instant())).orElse(false);
    }

    private static String truncate(String username) {
        String value = username == null ? "" : username;
        return value.length() > 100 ? value.substring(0, 100) : value;
    }
}
