package io.vigil.identity.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Swaps the identity provider's principal for the linked local account, so every module sees the
 * same {@link VigilUserDetails} whichever way the person signed in; without a linked, active
 * account the sign-in is refused.
 */
class OidcLoginSuccessHandler implements AuthenticationSuccessHandler {

    private final OidcAccountLinker accounts;
    private final AuthenticationSuccessHandler next;

    OidcLoginSuccessHandler(OidcAccountLinker accounts, AuthenticationSuccessHandler next) {
        this.accounts = accounts;
        this.next = next;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        Optional<VigilUserDetails> local = authentication.getPrincipal() instanceof OidcUser oidcUser
                ? accounts.link(oidcUser) : Optional.empty();
        if (local.isEmpty()) {
            SecurityContextHolder.clearContext();
            if (request.getSession(false) != null) {
                request.getSession(false).invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login?error=sso");
            return;
        }
        accounts.recordLogin(local.get().getUsername());
        next.onAuthenticationSuccess(request, response, UsernamePasswordAuthenticationToken.authenticated(local.get(),
                null, local.get().getAuthorities()));
    }
}
