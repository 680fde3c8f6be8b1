package io.vigil.supplier.internal;

import java.util.List;
import java.util.Locale;

/** A category as its administration screen shows it: names, order, state, use, required documents. */
public record CategoryAdminView(String code, String nameEn, String nameZh, int sortOrder, boolean active,
        long suppliers, List<String> requiredDocuments) {

    public String displayName(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
