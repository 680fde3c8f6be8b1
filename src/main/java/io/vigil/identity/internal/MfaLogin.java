package io.vigil.identity.internal;

import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * The browser's second login step. A user who passed the password holds a
 * {@link PendingMfaAuthentication}; a valid TOTP or recovery code turns it into a full login. A
 * wrong code counts towards the lockout like a wrong password.
 */
@Service
public class MfaLogin {

    public enum Outcome { PASSED, WRONG_CODE, LOCKED }

    private final MultiFactor multiFactor;
    private final LoginAttempts attempts;
    private final UserAccountRepository users;
    private final AccountUserDetailsService principals;

    MfaLogin(MultiFactor multiFactor, LoginAttempts attempts, UserAccountRepository users,
            AccountUserDetailsService principals) {
        this.multiFactor = multiFactor;
        this.attempts = attempts;
        this.users = users;
        this.principals = principals;
    }

    /** Checks the code; each step commits on its own so a failure is recorded even though the login fails. */
    public Outcome verify(PendingMfaAuthentication pending, String code) {
        String username = pending.getPrincipal().getUsername();
        if (attempts.isLocked(username)) {
            return Outcome.LOCKED;
        }
        if (multiFactor.verifyTotpOrRecovery(pending.getPrincipal().userId(), code)) {
            attempts.secondFactorSucceeded(username, "web");
            return Outcome.PASSED;
        }
        attempts.failed(username, "web second-factor");
        return attempts.isLocked(username) ? Outcome.LOCKED : Outcome.WRONG_CODE;
    }

    /** The full authentication once every step is done, with permissions read fresh. */
    public Authentication completed(UUID userId) {
        VigilUserDetails principal = principals.principalFor(users.findById(userId).orElseThrow(), "USER");
        principal.eraseCredentials();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }
}
