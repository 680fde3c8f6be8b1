package io.vigil.identity.web;

import io.vigil.identity.internal.ApiTokens;
import io.vigil.identity.internal.IdentityProperties;
import io.vigil.identity.internal.MultiFactor;
import io.vigil.identity.internal.Preferences;
import io.vigil.identity.internal.UserAccount;
import io.vigil.identity.internal.VigilUserDetails;
import io.vigil.shared.web.VigilException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own page: profile, language, password, MFA and personal API tokens. */
@Controller
@RequestMapping("/profile")
@PreAuthorize("isAuthenticated()")
class ProfileController {

    static final String ENROL_SECRET = ProfileController.class.getName() + ".secret";

    record ProfileForm(@NotBlank @Size(max = 200) String displayName, @Email @Size(max = 320) String email,
            String locale) {
    }

    /** Times in UTC, as the expiry date is a UTC date. */
    record TokenRow(UUID id, String name, OffsetDateTime createdAt, OffsetDateTime expiresAt,
            OffsetDateTime lastUsedAt, String status) {
    }

    private final Preferences preferences;
    private final MultiFactor multiFactor;
    private final ApiTokens tokens;
    private final IdentityProperties properties;
    private final Sessions sessions;
    private final Messages messages;
    private final Clock clock;

    ProfileController(Preferences preferences, MultiFactor multiFactor, ApiTokens tokens,
            IdentityProperties properties, Sessions sessions, Messages messages, Clock clock) {
        this.preferences = preferences;
        this.multiFactor = multiFactor;
        this.tokens = tokens;
        this.properties = properties;
        this.sessions = sessions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String profile(@AuthenticationPrincipal VigilUserDetails me, Model model) {
        UserAccount account = preferences.account(me.userId());
        if (!model.containsAttribute("profileForm")) {
            model.addAttribute("profileForm", new ProfileForm(account.getDisplayName(), account.getEmail(),
                    account.getLocale()));
        }
        return page(me, account, model);
    }

    @PostMapping
    String updateProfile(@AuthenticationPrincipal VigilUserDetails me, @Valid @ModelAttribute ProfileForm profileForm,
            BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return page(me, preferences.account(me.userId()), model);
        }
        VigilUserDetails refreshed = preferences.updateProfile(me.userId(), profileForm.displayName(),
                profileForm.email(), profileForm.locale());
        sessions.replace(UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.getAuthorities()),
                request, response);
        flash.addFlashAttribute("success", messages.text("identity.profile.saved"));
        return "redirect:/profile";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal VigilUserDetails me, @RequestParam String currentPassword,
            @RequestParam String newPassword, @RequestParam String confirmPassword, RedirectAttributes flash) {
        if (!newPassword.equals(confirmPassword)) {
            flash.addFlashAttribute("passwordError", messages.text("identity.password.mismatch"));
            return "redirect:/profile#password";
        }
        try {
            preferences.changePassword(me.userId(), currentPassword, newPassword);
            flash.addFlashAttribute("success", messages.text("identity.password.changed"));
        } catch (VigilException e) {
            flash.addFlashAttribute("passwordError", messages.text(e));
        }
        return "redirect:/profile#password";
    }

    @GetMapping("/mfa/enrol")
    String enrolForm(@AuthenticationPrincipal VigilUserDetails me, HttpSession session, Model model) {
        if (multiFactor.enabled(me.userId())) {
            return "redirect:/profile#mfa";
        }
        MultiFactor.Enrolment offer = multiFactor.offer(me.userId());
        session.setAttribute(ENROL_SECRET, offer.secret());
        model.addAttribute("enrolment", offer);
        return "identity/profile-mfa-enrol";
    }

    @PostMapping("/mfa/enrol")
    String enrol(@AuthenticationPrincipal VigilUserDetails me, @RequestParam(defaultValue = "") String code,
            HttpSession session, RedirectAttributes flash) {
        try {
            List<String> codes = multiFactor.confirm(me.userId(), (String) session.getAttribute(ENROL_SECRET), code);
            session.removeAttribute(ENROL_SECRET);
            flash.addFlashAttribute("recoveryCodes", codes);
            flash.addFlashAttribute("success", messages.text("identity.mfa.enabled"));
            return "redirect:/profile#mfa";
        } catch (VigilException e) {
            flash.addFlashAttribute("mfaError", messages.text(e));
            return "redirect:/profile/mfa/enrol";
        }
    }

    @PostMapping("/mfa/disable")
    String disable(@AuthenticationPrincipal VigilUserDetails me, @RequestParam(defaultValue = "") String code,
            RedirectAttributes flash) {
        try {
            multiFactor.disable(me.userId(), code);
            flash.addFlashAttribute("success", messages.text("identity.mfa.disabled"));
        } catch (VigilException e) {
            flash.addFlashAttribute("mfaError", messages.text(e));
        }
        return "redirect:/profile#mfa";
    }

    @PostMapping("/tokens")
    String createToken(@AuthenticationPrincipal VigilUserDetails me, @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
            RedirectAttributes flash) {
        if (name.isBlank() || name.length() > 100 || expiresOn == null) {
            flash.addFlashAttribute("tokenError", messages.text("identity.token.nameAndExpiryRequired"));
            return "redirect:/profile#tokens";
        }
        try {
            ApiTokens.IssuedToken issued = tokens.issuePersonal(me.userId(), name, expiresOn);
            flash.addFlashAttribute("newToken", issued);
        } catch (VigilException e) {
            flash.addFlashAttribute("tokenError", messages.text(e));
        }
        return "redirect:/profile#tokens";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal VigilUserDetails me, @PathVariable UUID id, RedirectAttributes flash) {
        if (tokens.revoke(me.userId(), id)) {
            flash.addFlashAttribute("success", messages.text("identity.token.revoked"));
        }
        return "redirect:/profile#tokens";
    }

    private static OffsetDateTime utc(java.time.Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private String page(VigilUserDetails me, UserAccount account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("mfaEnabled", account.isMfaEnabled());
        model.addAttribute("remainingRecoveryCodes", multiFactor.remainingRecoveryCodes(me.userId()));
        model.addAttribute("tokens", tokens.tokensOf(me.userId()).stream().map(t -> new TokenRow(t.getId(),
                t.getName(), utc(t.getCreatedAt()), utc(t.getExpiresAt()), utc(t.getLastUsedAt()), tokens.statusOf(t)))
                .toList());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        model.addAttribute("defaultExpiry", today.plusDays(90));
        model.addAttribute("minExpiry", today.plusDays(1));
        model.addAttribute("maxExpiry", today.plusDays(properties.maxPersonalTokenTtl().toDays()));
        return "identity/profile";
    }
}
