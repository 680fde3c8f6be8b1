package io.vigil.supplier.internal.review;

import java.util.Locale;

/** A scorecard criterion as screens and the API read it. */
public record CriterionView(String code, String dimension, String nameEn, String nameZh, double weight) {

    public String displayName(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
