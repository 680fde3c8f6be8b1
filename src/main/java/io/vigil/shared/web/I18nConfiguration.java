package io.vigil.shared.web;

import io.vigil.shared.security.VigilPrincipal;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;

/**
 * English and Simplified Chinese. Every module ships its own bundle as
 * {@code i18n/<module>.properties} plus {@code i18n/<module>_zh_CN.properties}; all are found here
 * without a central list. The locale is the signed-in user's preference, else the language cookie,
 * else the browser's {@code Accept-Language}, else English.
 */
@Configuration(proxyBeanMethods = false)
public class I18nConfiguration {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, CHINESE);
    public static final String LANGUAGE_COOKIE = "vigil-lang";

    @Bean
    MessageSource messageSource() throws IOException {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(bundleBasenames().toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setCacheSeconds(-1);
        return source;
    }

    /** {@code classpath:i18n/<name>} for every default-language bundle on the class path. */
    public static TreeSet<String> bundleBasenames() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            String file = resource.getFilename();
            if (file != null && !file.contains("_")) {
                names.add("classpath:i18n/" + file.substring(0, file.length() - ".properties".length()));
            }
        }
        return names;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new PreferenceLocaleResolver();
    }

    public static Locale supported(String tag) {
        if (tag == null) {
            return null;
        }
        Locale requested = Locale.forLanguageTag(tag.replace('_', '-'));
        return "zh".equals(requested.getLanguage()) ? CHINESE : "en".equals(requested.getLanguage()) ? Locale.ENGLISH : null;
    }

    static final class PreferenceLocaleResolver implements LocaleResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Optional<VigilPrincipal> principal = VigilPrincipal.current();
            if (principal.isPresent()) {
                return supportedOrEnglish(principal.get().locale().toLanguageTag());
            }
            if (request.getCookies() != null) {
                for (Cookie cookie : request.getCookies()) {
                    if (LANGUAGE_COOKIE.equals(cookie.getName()) && supported(cookie.getValue()) != null) {
                        return supported(cookie.getValue());
                    }
                }
            }
            Locale best = request.getHeader("Accept-Language") == null ? null
                    : Locale.lookup(Locale.LanguageRange.parse(safeRanges(request.getHeader("Accept-Language"))),
                            List.of(Locale.ENGLISH, CHINESE, Locale.CHINESE));
            return best == null ? Locale.ENGLISH : supportedOrEnglish(best.toLanguageTag());
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            Cookie cookie = new Cookie(LANGUAGE_COOKIE, locale == null ? "en" : locale.toLanguageTag());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }

        private static Locale supportedOrEnglish(String tag) {
            Locale locale = supported(tag);
            return locale == null ? Locale.ENGLISH : locale;
        }

        private static String safeRanges(String header) {
            try {
                Locale.LanguageRange.parse(header);
                return header;
            } catch (IllegalArgumentException malformed) {
                return "en";
            }
        }
    }
}
