package io.vigil.compliance.internal;

import java.util.Locale;
import java.util.UUID;

/** A stored requirement, in tree order. */
public record RequirementRow(UUID id, UUID frameworkId, UUID parentId, String ref, String title, String titleZh,
        boolean assessable, boolean withdrawn, int depth, int sortOrder) {

    public String displayTitle(Locale locale) {
        return "zh".equals(locale.getLanguage()) && titleZh != null ? titleZh : title;
    }
}
