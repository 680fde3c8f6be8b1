package io.vigil.identity.web;

import io.vigil.identity.internal.MfaLogin;
import io.vigil.identity.internal.MultiFactor;
import io.vigil.identity.internal.PendingMfaAuthentication;
import io.vigil.identity.internal.PendingMfaAuthentication.Stage;
import io.vigil.shared.web.VigilException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second login step of the browser: a TOTP or recovery code for enrolled users, or enrolment
 * for users whose role requires MFA. Reachable only by a session holding a
 * {@link PendingMfaAuthentication}; a fully signed-in user is sent home.
 */
@Controller
@RequestMapping("/login/mfa")
class MfaLoginController {

    static final String ENROL_SECRET = MfaLoginController.class.getName() + ".secret";

    private final MfaLogin login;
    private final MultiFactor multiFactor;
    private final Sessions sessions;
    private final RequestCache requests = new HttpSessionRequestCache();

    MfaLoginController(MfaLogin login, MultiFactor multiFactor, Sessions sessions) {
        this.login = login;
        this.multiFactor = multiFactor;
        this.sessions = sessions;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String form() {
        return pending(Stage.VERIFY).isPresent() ? "identity/mfa" : "redirect:/";
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    String verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response) {
        Optional<PendingMfaAuthentication> pending = pending(Stage.VERIFY);
        if (pending.isEmpty()) {
            return "redirect:/";
        }
        return switch (login.verify(pending.get(), code)) {
            case PASSED -> complete(pending.get().getPrincipal().userId(), request, response);
            case WRONG_CODE -> "redirect:/login/mfa?error";
            case LOCKED -> {
                SecurityContextHolder.clearContext();
                request.getSession().invalidate();
                yield "redirect:/login?error";
            }
        };
    }

    @GetMapping("/enrol")
    @PreAuthorize("isAuthenticated()")
    String enrolForm(HttpSession session, Model model) {
        Optional<PendingMfaAuthentication> pending = pending(Stage.ENROL);
        if (pending.isEmpty()) {
            return "redirect:/";
        }
        MultiFactor.Enrolment offer = multiFactor.offer(pending.get().getPrincipal().userId());
        session.setAttribute(ENROL_SECRET, offer.secret());
        model.addAttribute("enrolment", offer);
        return "identity/mfa-enrol";
    }

    @PostMapping("/enrol")
    @PreAuthorize("isAuthenticated()")
    String enrol(@RequestParam(defaultValue = "") String code, HttpSession session, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Optional<PendingMfaAuthentication> pending = pending(Stage.ENROL);
        if (pending.isEmpty()) {
            return "redirect:/";
        }
        UUID userId = pending.get().getPrincipal().userId();
        List<String> codes;
        try {
            codes = multiFactor.confirm(userId, (String) session.getAttribute(ENROL_SECRET), code);
        } catch (VigilException e) {
            return "redirect:/login/mfa/enrol?error";
        }
        session.removeAttribute(ENROL_SECRET);
        complete(userId, request, response);
        model.addAttribute("recoveryCodes", codes);
        model.addAttribute("continueUrl", "/");
        return "identity/mfa-recovery-codes";
    }

    private String complete(UUID userId, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        sessions.replace(login.completed(userId), request, response);
        SavedRequest saved = requests.getRequest(request, response);
        requests.removeRequest(request, response);
        return "redirect:" + (saved == null ? "/" : saved.getRedirectUrl());
    }

    private static Optional<PendingMfaAuthentication> pending(Stage stage) {
        return SecurityContextHolder.getContext().getAuthentication() instanceof PendingMfaAuthentication pending
                && pending.stage() == stage ? Optional.of(pending) : Optional.empty();
    }
}
