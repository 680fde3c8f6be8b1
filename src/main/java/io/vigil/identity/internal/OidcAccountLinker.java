package io.vigil.identity.internal;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single sign-on maps the identity provider's user to an existing local account, by
 * {@code preferred_username} first and e-mail second. There is no auto-provisioning: an
 * administrator creates the account (and its role assignments) before the person can sign in.
 */
@Component
class OidcAccountLinker {

    private final UserAccountRepository users;
    private final AccountUserDetailsService principals;
    private final LoginAttempts attempts;
    private final Clock clock;

    OidcAccountLinker(UserAccountRepository users, AccountUserDetailsService principals, LoginAttempts attempts,
            Clock clock) {
        this.users = users;
        this.principals = principals;
        this.attempts = attempts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<VigilUserDetails> link(OidcUser oidcUser) {
        Optional<UserAccount> account = Optional.ofNullable(oidcUser.getPreferredUsername())
                .flatMap(users::findByUsernameIgnoreCase);
        if (account.isEmpty() && oidcUser.getEmail() != null && Boolean.TRUE.equals(oidcUser.getEmailVerified())) {
            // an e-mail shared by several accounts identifies none of them
            var byEmail = users.findByEmailIgnoreCase(oidcUser.getEmail());
            account = byEmail.size() == 1 ? Optional.of(byEmail.get(0)) : Optional.empty();
        }
        return account.filter(user -> user.canLogIn(clock.instant())).map(user -> {
            VigilUserDetails principal = principals.principalFor(user, "USER");
            principal.eraseCredentials();
            return principal;
        });
    }

    void recordLogin(String username) {
        attempts.succeeded(username, "oidc");
    }
}
