package io.vigil.compliance;

import java.time.LocalDate;

/** Evidence is fresh, expiring (valid for at most 30 more days) or stale (no longer valid). */
public enum Freshness {
    FRESH, EXPIRING, STALE;

    public static final int EXPIRING_DAYS = 30;

    public static Freshness of(LocalDate validUntil, LocalDate today) {
        if (validUntil == null) {
            return FRESH;
        }
        if (validUntil.isBefore(today)) {
            return STALE;
        }
        return validUntil.isAfter(today.plusDays(EXPIRING_DAYS)) ? FRESH : EXPIRING;
    }
}
