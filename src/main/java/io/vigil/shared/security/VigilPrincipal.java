package io.vigil.shared.security;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What every module may know about the person (or token, or system job) acting. Implemented by
 * the identity module's principals, so other modules never depend on identity internals.
 */
public interface VigilPrincipal {

    UUID userId();

    String username();

    String displayName();

    Locale locale();

    /** {@code USER}, {@code TOKEN} or {@code SYSTEM}: how the actor authenticated. */
    String actorKind();

    static Optional<VigilPrincipal> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof VigilPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }
}
