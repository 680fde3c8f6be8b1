package io.vigil.identity;

import java.util.Locale;
import java.util.UUID;

/** An org unit as other modules see it. */
public record OrgUnitView(UUID id, UUID parentId, String code, String name, String nameZh, OrgUnitType type,
        int depth) {

    public String displayName(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) && nameZh != null && !nameZh.isBlank()
                ? nameZh : name;
    }
}
