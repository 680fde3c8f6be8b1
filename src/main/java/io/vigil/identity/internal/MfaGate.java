package io.vigil.identity.internal;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The second factor: a user enrolled in MFA must give a valid TOTP code. */
@Service
public class MfaGate {

    private final UserAccountRepository users;
    private final Clock clock;

    MfaGate(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean required(UUID userId) {
        return users.findById(userId).map(UserAccount::isMfaEnabled).orElse(false);
    }

    /** True when the user has no MFA, or when {@code code} is a valid current TOTP code. */
    @Transactional(readOnly = true)
    public boolean passes(UUID userId, String code) {
        return users.findById(userId)
                .map(user -> !user.isMfaEnabled() || Totp.verify(user.getMfaSecret(), code, clock.instant()))
                .orElse(false);
    }
}
