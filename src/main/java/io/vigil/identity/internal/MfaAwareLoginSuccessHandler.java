package io.vigil.identity.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After the password step: a user with MFA, or one whose role requires MFA but who has not enrolled,
 * is put in a {@link PendingMfaAuthentication} and sent to the MFA step; everyone else goes on to the
 * page they asked for.
 */
class MfaAwareLoginSuccessHandler implements AuthenticationSuccessHandler {

    private final MultiFactor multiFactor;
    private final SecurityContextRepository contexts;
    private final AuthenticationSuccessHandler proceed = new SavedRequestAwareAuthenticationSuccessHandler();

    MfaAwareLoginSuccessHandler(MultiFactor multiFactor, SecurityContextRepository contexts) {
        this.multiFactor = multiFactor;
        this.contexts = contexts;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        if (!(authentication.getPrincipal() instanceof VigilUserDetails principal)) {
            proceed.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        PendingMfaAuthentication.Stage stage = multiFactor.enabled(principal.userId())
                ? PendingMfaAuthentication.Stage.VERIFY
                : multiFactor.enrolmentRequired(principal.userId()) ? PendingMfaAuthentication.Stage.ENROL : null;
        if (stage == null) {
            if (SecurityContextHolder.getContext().getAuthentication() != authentication) {
                // single sign-on hands over the linked local account in place of the provider's principal
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(authentication);
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
            }
            proceed.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new PendingMfaAuthentication(principal, stage));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + (stage == PendingMfaAuthentication.Stage.VERIFY
                ? MfaStepFilter.VERIFY_PATH : MfaStepFilter.ENROL_PATH));
    }
}
