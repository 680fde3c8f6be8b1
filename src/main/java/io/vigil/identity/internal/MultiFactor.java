package io.vigil.identity.internal;

import io.vigil.identity.Role;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.web.VigilException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOTP multi-factor authentication: enrolment with a first code, one-time recovery codes (stored
 * hashed), verification with replay protection, disabling, an administrator's reset, and the roles
 * whose holders must be enrolled.
 */
@Service
@Transactional
public class MultiFactor {

    public static final int RECOVERY_CODES = 10;
    static final String ISSUER = "Vigil";
    private static final String RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A secret offered for enrolment; nothing is stored until the user confirms it with a code. */
    public record Enrolment(String secret, String otpAuthUri, String qrCodeDataUri) {
    }

    private final UserAccountRepository users;
    private final MfaRecoveryCodeRepository recoveryCodes;
    private final MfaRequiredRoleRepository requiredRoles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MultiFactor(UserAccountRepository users, MfaRecoveryCodeRepository recoveryCodes,
            MfaRequiredRoleRepository requiredRoles, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.recoveryCodes = recoveryCodes;
        this.requiredRoles = requiredRoles;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Enrolment offer(UUID userId) {
        UserAccount user = user(userId);
        String secret = Totp.newSecret();
        String uri = Totp.otpAuthUri(ISSUER, user.getUsername(), secret);
        return new Enrolment(secret, uri, QrCodes.svgDataUri(uri));
    }

    /** Enables MFA when {@code code} is valid for {@code secret}; returns the recovery codes to show once. */
    public List<String> confirm(UUID userId, String secret, String code) {
        UserAccount user = user(userId);
        if (user.isMfaEnabled()) {
            throw new VigilException(HttpStatus.CONFLICT, "mfa-already-enabled", "identity.mfa.alreadyEnabled");
        }
        OptionalLong step = secret == null ? OptionalLong.empty() : Totp.matchingStep(secret, code, clock.instant());
        if (step.isEmpty()) {
            throw invalidCode();
        }
        user.enableMfa(secret);
        user.consumeTotpStep(step.getAsLong());
        List<String> codes = newRecoveryCodes(user.getId());
        events.publishEvent(AuditableEvent.of("MFA_ENABLED", "User", user.getId(), null,
                "MFA enabled for " + user.getUsername()));
        return codes;
    }

    /** Turns MFA off; the user proves possession with a current TOTP or a recovery code. */
    public void disable(UUID userId, String code) {
        UserAccount user = user(userId);
        if (!user.isMfaEnabled() || !verifyTotpOrRecovery(user, code)) {
            throw invalidCode();
        }
        clear(user);
        events.publishEvent(AuditableEvent.of("MFA_DISABLED", "User", user.getId(), null,
                "MFA disabled by " + user.getUsername()));
    }

    /** An administrator removes a user's MFA (lost phone); the user enrols again at will or when required. */
    public void adminReset(UUID userId) {
        UserAccount user = user(userId);
        clear(user);
        events.publishEvent(AuditableEvent.of("MFA_RESET", "User", user.getId(), null,
                "MFA reset for " + user.getUsername()));
    }

    /** A current TOTP code, each accepted once. Used by the token endpoint, which takes no recovery codes. */
    public boolean verifyTotp(UUID userId, String code) {
        return users.findById(userId).filter(UserAccount::isMfaEnabled).map(user -> verifyTotp(user, code))
                .orElse(false);
    }

    /** A current TOTP code or an unused recovery code (which is then spent). */
    public boolean verifyTotpOrRecovery(UUID userId, String code) {
        return users.findById(userId).filter(UserAccount::isMfaEnabled).map(user -> verifyTotpOrRecovery(user, code))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean enabled(UUID userId) {
        return users.findById(userId).map(UserAccount::isMfaEnabled).orElse(false);
    }

    /** True when the user holds a role that requires MFA and is not enrolled. */
    @Transactional(readOnly = true)
    public boolean enrolmentRequired(UUID userId) {
        return !enabled(userId) && requiredRoles.anyRequiredRoleHeldBy(userId);
    }

    @Transactional(readOnly = true)
    public long remainingRecoveryCodes(UUID userId) {
        return recoveryCodes.countByUserIdAndUsedAtIsNull(userId);
    }

    @Transactional(readOnly = true)
    public Set<Role> requiredRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        requiredRoles.findAll().forEach(r -> roles.add(r.getRole()));
        return roles;
    }

    public void setRequired(Role role, boolean required) {
        boolean current = requiredRoles.existsById(role);
        if (current == required) {
            return;
        }
        if (required) {
            requiredRoles.save(new MfaRequiredRole(role, clock.instant()));
        } else {
            requiredRoles.deleteById(role);
        }
        events.publishEvent(AuditableEvent.of(required ? "MFA_REQUIRED" : "MFA_NOT_REQUIRED", "Role", role.name(),
                null, "MFA " + (required ? "required" : "no longer required") + " for role " + role.name()));
    }

    private boolean verifyTotp(UserAccount user, String code) {
        OptionalLong step = Totp.matchingStep(user.getMfaSecret(), code, clock.instant());
        return step.isPresent() && user.consumeTotpStep(step.getAsLong());
    }

    private boolean verifyTotpOrRecovery(UserAccount user, String code) {
        if (code == null) {
            return false;
        }
        if (verifyTotp(user, code)) {
            return true;
        }
        String normalized = code.replace("-", "").replace(" ", "").trim().toUpperCase(Locale.ROOT);
        return recoveryCodes.findByUserIdAndCodeHash(user.getId(), TokenHashes.sha256(normalized))
                .filter(MfaRecoveryCode::isUnused)
                .map(recovery -> {
                    recovery.use(clock.instant());
                    events.publishEvent(AuditableEvent.of("MFA_RECOVERY_CODE_USED", "User", user.getId(), null,
                            "Recovery code used by " + user.getUsername()));
                    return true;
                }).orElse(false);
    }

    private List<String> newRecoveryCodes(UUID userId) {
        recoveryCodes.deleteByUser(userId);
        Instant now = clock.instant();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            recoveryCodes.save(new MfaRecoveryCode(userId, TokenHashes.sha256(code.toString()), now));
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return codes;
    }

    private void clear(UserAccount user) {
        user.resetMfa();
        recoveryCodes.deleteByUser(user.getId());
    }

    private UserAccount user(UUID userId) {
        return users.findById(userId).orElseThrow(() -> new io.vigil.shared.security.RecordNotFoundException("User", userId));
    }

    private static VigilException invalidCode() {
        return new VigilException(HttpStatus.BAD_REQUEST, "mfa-invalid-code", "identity.mfa.invalidCode");
    }
}
