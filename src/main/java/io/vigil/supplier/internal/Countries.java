package io.vigil.supplier.internal;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes as the JDK knows them. */
final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    static String normalize(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
