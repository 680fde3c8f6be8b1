package io.vigil.identity.internal;

import io.vigil.shared.web.I18nConfiguration;
import java.util.Locale;

/** Stored language preferences are {@code en} or {@code zh-CN}; anything else falls back to English. */
final class Locales {

    private Locales() {
    }

    static String normalize(String tag) {
        Locale locale = I18nConfiguration.supported(tag);
        return locale == null ? "en" : locale.toLanguageTag();
    }
}
