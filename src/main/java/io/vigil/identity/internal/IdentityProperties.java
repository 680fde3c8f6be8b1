package io.vigil.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identity settings.
 *
 * @param adminPassword       password of the built-in {@code admin} on first start; random and printed once when blank
 * @param maxFailedAttempts   failed logins before the account locks
 * @param lockDuration        how long a lock lasts
 * @param scriptTokenTtl      lifetime of tokens issued by {@code POST /api/v1/auth/token}
 * @param maxPersonalTokenTtl longest lifetime a user may give a personal token
 */
@ConfigurationProperties("vigil.identity")
public record IdentityProperties(String adminPassword, @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15m") Duration lockDuration, @DefaultValue("1h") Duration scriptTokenTtl,
        @DefaultValue("365d") Duration maxPersonalTokenTtl) {
}
