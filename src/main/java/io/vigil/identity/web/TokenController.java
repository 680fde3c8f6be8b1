package io.vigil.identity.web;

import io.vigil.identity.internal.ApiTokens;
import io.vigil.identity.internal.IdentityProperties;
import io.vigil.identity.internal.MfaGate;
import io.vigil.shared.web.PublicEndpoint;
import io.vigil.shared.web.VigilException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class TokenController {

    record TokenRequest(@NotBlank String username, @NotBlank String password, String totp) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;
    private final MfaGate mfa;
    private final IdentityProperties properties;

    TokenController(AuthenticationManager authentication, ApiTokens tokens, MfaGate mfa, IdentityProperties properties) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.mfa = mfa;
        this.properties = properties;
    }

    @PostMapping("/token")
    @PublicEndpoint("exchanges credentials for a short-lived token; the credentials are the authorization")
    @Operation(summary = "Exchange username, password and (when enrolled) a TOTP code for a short-lived bearer token")
    TokenResponse token(@Valid @RequestBody TokenRequest request) {
        Authentication authenticated;
        try {
            authenticated = authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
        } catch (AuthenticationException e) {
            throw new VigilException(HttpStatus.UNAUTHORIZED, "unauthorized", "auth.token.badCredentials");
        }
        var principal = (io.vigil.identity.internal.VigilUserDetails) authenticated.getPrincipal();
        if (mfa.enrolmentRequired(principal.userId())) {
            throw new VigilException(HttpStatus.UNAUTHORIZED, "mfa-enrolment-required", "auth.token.mfaEnrolmentRequired");
        }
        if (!mfa.passes(principal.userId(), request.totp())) {
            throw new VigilException(HttpStatus.UNAUTHORIZED, "mfa-required", "auth.token.mfaRequired");
        }
        var issued = tokens.issue(principal.userId(), "script token", properties.scriptTokenTtl());
        return new TokenResponse(issued.secret(), issued.expiresAt());
    }
}
