package io.vigil.identity.internal;

import io.vigil.identity.UserSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person who can log in (or a supplier contact). Passwords are stored as bcrypt hashes only. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(nullable = false)
    private String locale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UserStatus status;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "mfa_secret")
    private String mfaSecret;

    @Column(name = "mfa_enabled", nullable = false)
    private boolean mfaEnabled;

    /** The last TOTP time step accepted, so a code cannot be replayed within its window. */
    @Column(name = "mfa_last_step")
    private Long mfaLastStep;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, String locale, String passwordHash,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.username = username.trim().toLowerCase(java.util.Locale.ROOT);
        this.displayName = displayName;
        this.email = email;
        this.locale = locale == null ? "en" : locale;
        this.status = UserStatus.ACTIVE;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public UserSummary toSummary() {
        return new UserSummary(id, username, displayName, email, locale, status.name());
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean canLogIn(Instant now) {
        return status != UserStatus.DISABLED && !isLockedAt(now);
    }

    /** Counts a failed login; locks the account once {@code maxAttempts} is reached. Returns true when it locked. */
    public boolean recordFailedLogin(int maxAttempts, Instant lockUntil) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            failedAttempts = 0;
            lockedUntil = lockUntil;
            status = UserStatus.LOCKED;
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin() {
        failedAttempts = 0;
        lockedUntil = null;
        if (status == UserStatus.LOCKED) {
            status = UserStatus.ACTIVE;
        }
    }

    public void unlock() {
        recordSuccessfulLogin();
    }

    public void disable() {
        status = UserStatus.DISABLED;
    }

    public void enable() {
        status = UserStatus.ACTIVE;
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public void updateProfile(String displayName, String email, String locale) {
        this.displayName = displayName;
        this.email = email;
        this.locale = locale;
    }

    public void changeLocale(String locale) {
        this.locale = locale;
    }

    public void enableMfa(String secret) {
        this.mfaSecret = secret;
        this.mfaEnabled = true;
    }

    public void resetMfa() {
        this.mfaSecret = null;
        this.mfaEnabled = false;
        this.mfaLastStep = null;
    }

    /** Accepts a TOTP step only once and only moving forward. */
    public boolean consumeTotpStep(long step) {
        if (mfaLastStep != null && step <= mfaLastStep) {
            return false;
        }
        mfaLastStep = step;
        return true;
    }

    /** The status a person should see: a lock that has run out reads as active. */
    public UserStatus effectiveStatus(Instant now) {
        return status == UserStatus.LOCKED && !isLockedAt(now) ? UserStatus.ACTIVE : status;
    }

    public UUID getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getLocale() {
        return locale;
    }

    public UserStatus getStatus() {
        return status;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public String getMfaSecret() {
        return mfaSecret;
    }

    public boolean isMfaEnabled() {
        return mfaEnabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
