package io.vigil.audit.internal;

import io.vigil.shared.security.VigilPrincipal;
import java.util.Optional;

/**
 * Who an event is attributed to: the name the publisher gave (a failed login's typed username,
 * {@code system} for a lockout), else the authenticated principal, else {@code anonymous} inside a
 * web request and {@code system} outside one (scheduled jobs, start-up).
 */
final class ActorResolver {

    static final String SYSTEM = "system";
    static final String ANONYMOUS = "anonymous";

    record Actor(String name, String kind) {
    }

    private ActorResolver() {
    }

    static Actor resolve(String named, Optional<VigilPrincipal> principal, boolean inWebRequest) {
        if (named != null && !named.isBlank()) {
            if (SYSTEM.equals(named)) {
                return new Actor(SYSTEM, "SYSTEM");
            }
            // a principal acting under its own name keeps how it authenticated (USER or TOKEN)
            String kind = principal.filter(p -> named.equals(p.username())).map(VigilPrincipal::actorKind).orElse("USER");
            return new Actor(named, kind);
        }
        if (principal.isPresent()) {
            return new Actor(principal.get().username(), principal.get().actorKind());
        }
        return inWebRequest ? new Actor(ANONYMOUS, "ANONYMOUS") : new Actor(SYSTEM, "SYSTEM");
    }
}
