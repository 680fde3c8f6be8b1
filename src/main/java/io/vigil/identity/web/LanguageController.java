package io.vigil.identity.web;

import io.vigil.identity.internal.PendingMfaAuthentication;
import io.vigil.identity.internal.Preferences;
import io.vigil.identity.internal.VigilUserDetails;
import io.vigil.shared.security.VigilPrincipal;
import io.vigil.shared.web.I18nConfiguration;
import io.vigil.shared.web.PublicEndpoint;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** Switches the interface language: a cookie for everyone, and the stored preference once signed in. */
@Controller
class LanguageController {

    private final Preferences preferences;
    private final LocaleResolver locales;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    LanguageController(Preferences preferences, LocaleResolver locales) {
        this.preferences = preferences;
        this.locales = locales;
    }

    @PostMapping("/language")
    @PublicEndpoint("changes only the caller's own language; anonymous visitors get a cookie")
    String change(@RequestParam String lang, @RequestHeader(value = "Referer", required = false) String referer,
            HttpServletRequest request, HttpServletResponse response) {
        Locale locale = I18nConfiguration.supported(lang);
        if (locale == null) {
            locale = Locale.ENGLISH;
        }
        locales.setLocale(request, response, locale);
        // a session still at its MFA step keeps only the cookie: rebuilding its authentication here would skip the step
        boolean pendingMfa = SecurityContextHolder.getContext().getAuthentication() instanceof PendingMfaAuthentication;
        VigilPrincipal.current().filter(principal -> !pendingMfa).ifPresent(principal -> {
            VigilUserDetails refreshed = preferences.changeLanguage(principal.userId(), 
                    I18nConfiguration.supported(lang) == null ? "en" : I18nConfiguration.supported(lang).toLanguageTag());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(refreshed, null,
                    refreshed.getAuthorities()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
        });
        return "redirect:" + sameSitePath(referer);
    }

    /** Only ever redirect within Vigil, whatever the Referer says. */
    private static String sameSitePath(String referer) {
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return path.startsWith("/") && !path.startsWith("//") ? path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
