package io.vigil.identity.internal;

import io.vigil.shared.audit.AuditableEvent;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's own settings. */
@Service
@Transactional
public class Preferences {

    private final UserAccountRepository users;
    private final AccountUserDetailsService principals;
    private final ApplicationEventPublisher events;

    Preferences(UserAccountRepository users, AccountUserDetailsService principals, ApplicationEventPublisher events) {
        this.users = users;
        this.principals = principals;
        this.events = events;
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
        return principals.principalFor(user, "USER");
    }
}
