package io.vigil.identity.internal;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of the token endpoint: an enrolled user must give a valid, unused TOTP code
 * (recovery codes are for the browser only); a user who must enrol and has not gets no token. A
 * wrong code counts as a failed login, so the lockout also limits guessing codes.
 */
@Service
public class MfaGate {

    private final UserAccountRepository users;
    private final MultiFactor multiFactor;
    private final LoginAttempts attempts;

    MfaGate(UserAccountRepository users, MultiFactor multiFactor, LoginAttempts attempts) {
        this.users = users;
        this.multiFactor = multiFactor;
        this.attempts = attempts;
    }

    @Transactional(readOnly = true)
    public boolean required(UUID userId) {
        return multiFactor.enabled(userId);
    }

    /** True when one of the user's roles requires MFA and they have not enrolled yet. */
    public boolean enrolmentRequired(UUID userId) {
        return multiFactor.enrolmentRequired(userId);
    }

    /**
     * True when the user has no MFA and needs none, or when {@code code} is a valid current TOTP code.
     * Deliberately not one transaction: the code check and the attempt record each commit on their own.
     */
    public boolean passes(UUID userId, String code) {
        UserAccount user = users.findById(userId).orElse(null);
        if (user == null) {
            return false;
        }
        if (!user.isMfaEnabled()) {
            return !multiFactor.enrolmentRequired(userId);
        }
        if (multiFactor.verifyTotp(userId, code)) {
            attempts.secondFactorSucceeded(user.getUsername(), "token");
            return true;
        }
        attempts.failed(user.getUsername(), "token second-factor");
        return false;
    }
}
