package io.vigil.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a half-logged-in browser session at its MFA step: with a {@link PendingMfaAuthentication}
 * only the step's own page, logout, the language switch and static assets are reachable; every
 * other request is redirected to the step.
 */
class MfaStepFilter extends OncePerRequestFilter {

    static final String VERIFY_PATH = "/login/mfa";
    static final String ENROL_PATH = "/login/mfa/enrol";
    private static final List<String> ALWAYS = List.of("/logout", "/language", "/error", "/favicon.ico");
    private static final List<String> ASSET_PREFIXES = List.of("/css/", "/js/", "/img/", "/webjars/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof PendingMfaAuthentication pending
                && !allowed(request.getRequestURI().substring(request.getContextPath().length()), pending.stage())) {
            response.sendRedirect(request.getContextPath()
                    + (pending.stage() == PendingMfaAuthentication.Stage.VERIFY ? VERIFY_PATH : ENROL_PATH));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean allowed(String path, PendingMfaAuthentication.Stage stage) {
        if (ALWAYS.contains(path) || ASSET_PREFIXES.stream().anyMatch(path::startsWith)) {
            return true;
        }
        return stage == PendingMfaAuthentication.Stage.VERIFY ? VERIFY_PATH.equals(path) : ENROL_PATH.equals(path);
    }
}
