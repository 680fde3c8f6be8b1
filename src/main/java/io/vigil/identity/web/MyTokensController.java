package io.vigil.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.identity.internal.ApiToken;
import io.vigil.identity.internal.ApiTokens;
import io.vigil.identity.internal.VigilUserDetails;
import io.vigil.shared.security.RecordNotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own personal API tokens. */
@RestController
@RequestMapping("/api/v1/me/tokens")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Personal API tokens")
class MyTokensController {

    record TokenView(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
            Instant revokedAt, String status) {
    }

    record NewToken(@NotBlank @Size(max = 100) String name, @NotNull LocalDate expiresOn) {
    }

    record CreatedToken(UUID id, String name, String token, Instant expiresAt) {
    }

    private final ApiTokens tokens;

    MyTokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "List the caller's tokens (never their secrets)")
    List<TokenView> list(@AuthenticationPrincipal VigilUserDetails me) {
        return tokens.tokensOf(me.userId()).stream().map(this::view).toList();
    }

    @PostMapping
    @Operation(summary = "Create a personal token; the secret is in this response only")
    ResponseEntity<CreatedToken> create(@AuthenticationPrincipal VigilUserDetails me,
            @Valid @RequestBody NewToken request) {
        ApiTokens.IssuedToken issued = tokens.issuePersonal(me.userId(), request.name(), request.expiresOn());
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + issued.id()))
                .body(new CreatedToken(issued.id(), issued.name(), issued.secret(), issued.expiresAt()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke one of the caller's tokens")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal VigilUserDetails me, @PathVariable UUID id) {
        if (!tokens.revoke(me.userId(), id)) {
            throw new RecordNotFoundException("ApiToken", id);
        }
        return ResponseEntity.noContent().build();
    }

    private TokenView view(ApiToken token) {
        return new TokenView(token.getId(), token.getName(), token.getCreatedAt(), token.getExpiresAt(),
                token.getLastUsedAt(), token.getRevokedAt(), tokens.statusOf(token));
    }
}
