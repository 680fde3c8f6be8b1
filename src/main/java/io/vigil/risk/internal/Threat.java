package io.vigil.risk.internal;

import java.util.Locale;

/** One threat of the shipped catalogue (categories after ISO/IEC 27005 Annex C). */
public record Threat(String code, String category, String en, String zh) {

    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
