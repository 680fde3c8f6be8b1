package io.vigil.compliance;

import java.time.LocalDate;

/** How often a control is tested; the next test task is due one period after the last test. */
public enum TestFrequency {
    WEEKLY, MONTHLY, QUARTERLY, YEARLY;

    public LocalDate after(LocalDate day) {
        return switch (this) {
            case WEEKLY -> day.plusWeeks(1);
            case MONTHLY -> day.plusMonths(1);
            case QUARTERLY -> day.plusMonths(3);
            case YEARLY -> day.plusYears(1);
        };
    }
}
