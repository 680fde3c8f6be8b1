package io.vigil.supplier;

import java.util.Locale;
import java.util.Set;

/** Where a supplier is registered, as the yearly report counts it. */
public enum RegionGroup {
    MAINLAND, HKMT, OVERSEAS;

    private static final Set<String> HKMT_COUNTRIES = Set.of("HK", "MO", "TW");

    /** CN → MAINLAND; HK, MO, TW → HKMT; every other ISO 3166-1 alpha-2 code → OVERSEAS. */
    public static RegionGroup of(String country) {
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (code.equals("CN")) {
            return MAINLAND;
        }
        return HKMT_COUNTRIES.contains(code) ? HKMT : OVERSEAS;
    }
}
