package io.vigil.risk.web;

import io.vigil.identity.OrgUnitView;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** An org unit in a select list, indented by its depth so the tree shows. */
record UnitOption(UUID id, String label) {

    static List<UnitOption> of(List<OrgUnitView> units, Locale locale) {
        int top = units.stream().mapToInt(OrgUnitView::depth).min().orElse(0);
        return units.stream().map(u -> new UnitOption(u.id(),
                "\u00a0\u00a0".repeat(Math.max(0, u.depth() - top)) + u.displayName(locale))).toList();
    }
}
