package io.vigil.identity.internal;

import io.vigil.shared.audit.AuditableEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import io.vigil.shared.web.VigilException;
import org.springframework.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, resolves and revokes API tokens. */
@Service
@Transactional
public class ApiTokens {

    /** A token just created: the only moment its secret is known. Serializable: the UI passes it on as a flash attribute. */
    public record IssuedToken(UUID id, String name, String secret, Instant expiresAt)
            implements java.io.Serializable {
    }

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final AccountUserDetailsService principals;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final IdentityProperties properties;

    ApiTokens(ApiTokenRepository tokens, UserAccountRepository users, AccountUserDetailsService principals,
            ApplicationEventPublisher events, Clock clock, IdentityProperties properties) {
        this.properties = properties;
        this.tokens = tokens;
        this.users = users;
        this.principals = principals;
        this.events = events;
        this.clock = clock;
    }

    public IssuedToken issue(UUID userId, String name, Duration lifetime) {
        Instant now = clock.instant();
        String secret = TokenHashes.newSecret();
        ApiToken token = tokens.save(new ApiToken(userId, name, TokenHashes.sha256(secret), now, now.plus(lifetime)));
        String owner = users.findById(userId).map(UserAccount::getUsername).orElse(null);
        events.publishEvent(AuditableEvent.of("TOKEN_CREATED", "ApiToken", token.getId(), null,
                "API token '" + name + "' created, expires " + token.getExpiresAt()).byActor(owner));
        return new IssuedToken(token.getId(), name, secret, token.getExpiresAt());
    }

    /**
     * A personal token that expires at the start (UTC) of {@code expiresOn}, which must be in the
     * future and no further than {@code vigil.identity.max-personal-token-ttl}.
     */
    public IssuedToken issuePersonal(UUID userId, String name, LocalDate expiresOn) {
        Instant now = clock.instant();
        Instant expiresAt = expiresOn.atStartOfDay(ZoneOffset.UTC).toInstant();
        if (!expiresAt.isAfter(now)) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "invalid-token-expiry", "identity.token.expiryInPast");
        }
        if (expiresAt.isAfter(now.plus(properties.maxPersonalTokenTtl()))) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "invalid-token-expiry", "identity.token.expiryTooFar",
                    properties.maxPersonalTokenTtl().toDays());
        }
        return issue(userId, name.trim(), Duration.between(now, expiresAt));
    }

    /** {@code ACTIVE}, {@code EXPIRED} or {@code REVOKED}, as a person should read it now. */
    @Transactional(readOnly = true)
    public String statusOf(ApiToken token) {
        return token.getRevokedAt() != null ? "REVOKED"
                : token.getExpiresAt().isAfter(clock.instant()) ? "ACTIVE" : "EXPIRED";
    }

    /** The principal behind a bearer secret, when the token is live and its user may log in. */
    public Optional<VigilUserDetails> authenticate(String secret) {
        Instant now = clock.instant();
        return tokens.findByTokenHash(TokenHashes.sha256(secret))
                .filter(token -> token.isUsableAt(now))
                .flatMap(token -> users.findById(token.getUserId())
                        .filter(user -> user.canLogIn(now))
                        .map(user -> {
                            // write at most once a minute: a busy script should not turn every read into a write
                            if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minusSeconds(60))) {
                                token.markUsed(now);
                            }
                            return principals.principalFor(user, "TOKEN");
                        }));
    }

    @Transactional(readOnly = true)
    public List<ApiToken> tokensOf(UUID userId) {
        return tokens.findByUserIdOrderByCreatedAtDesc(userId);
    }

    /** Revokes one of the user's own tokens; another user's token is treated as absent. */
    public boolean revoke(UUID userId, UUID tokenId) {
        return tokens.findById(tokenId).filter(t -> t.getUserId().equals(userId)).map(token -> {
            token.revoke(clock.instant());
            events.publishEvent(AuditableEvent.of("TOKEN_REVOKED", "ApiToken", token.getId(), null,
                    "API token '" + token.getName() + "' revoked"));
            return true;
        }).orElse(false);
    }
}
