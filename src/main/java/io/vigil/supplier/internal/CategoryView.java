package io.vigil.supplier.internal;

import java.util.Locale;

/** A category as screens and the API show it. */
public record CategoryView(String code, String nameEn, String nameZh, boolean active) {

    public String displayName(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
