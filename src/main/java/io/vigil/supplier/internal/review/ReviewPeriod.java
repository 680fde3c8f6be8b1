package io.vigil.supplier.internal.review;

import java.time.LocalDate;
import java.time.Month;

/**
 * A review period: a calendar year ({@code 2026}) or half year ({@code 2026-H1}, {@code 2026-H2}).
 * A review opens when its period starts and is due when the period ends.
 */
public record ReviewPeriod(String code, LocalDate start, LocalDate end) {

    public static ReviewPeriod yearOf(LocalDate day) {
        int y = day.getYear();
        return new ReviewPeriod(String.valueOf(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    public static ReviewPeriod halfYearOf(LocalDate day) {
        int y = day.getYear();
        boolean first = day.getMonthValue() <= 6;
        return first ? new ReviewPeriod(y + "-H1", LocalDate.of(y, 1, 1), LocalDate.of(y, Month.JUNE, 30))
                : new ReviewPeriod(y + "-H2", LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31));
    }

    public static ReviewPeriod of(LocalDate day, boolean halfYearly) {
        return halfYearly ? halfYearOf(day) : yearOf(day);
    }

    /** Parses {@code 2026} or {@code 2026-H1}/{@code 2026-H2}; empty for anything else. */
    public static java.util.Optional<ReviewPeriod> parse(String code) {
        if (code == null || !code.strip().matches("\\d{4}(-H[12])?")) {
            return java.util.Optional.empty();
        }
        String c = code.strip();
        int y = Integer.parseInt(c.substring(0, 4));
        if (c.length() == 4) {
            return java.util.Optional.of(yearOf(LocalDate.of(y, 1, 1)));
        }
        return java.util.Optional.of(halfYearOf(LocalDate.of(y, c.endsWith("H1") ? 1 : 7, 1)));
    }
}
