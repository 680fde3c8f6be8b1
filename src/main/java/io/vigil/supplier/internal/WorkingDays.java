package io.vigil.supplier.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The procurement calendar for objection windows: Monday to Friday, minus the holidays listed in
 * {@code vigil.supplier.holidays} (comma-separated ISO dates). Kept deliberately small: make-up working
 * weekends are not modelled.
 */
@Component
class WorkingDays {

    private final Set<LocalDate> holidays;

    WorkingDays(@Value("${vigil.supplier.holidays:}") String holidays) {
        try {
            this.holidays = Arrays.stream(holidays.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("vigil.supplier.holidays must list ISO dates (yyyy-MM-dd): "
                    + e.getParsedString(), e);
        }
    }

    static WorkingDays of(LocalDate... holidays) {
        return new WorkingDays(Arrays.stream(holidays).map(LocalDate::toString).collect(Collectors.joining(",")));
    }

    boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The {@code n}th working day after {@code from} (the day itself does not count); {@code from} for n = 0. */
    LocalDate plus(LocalDate from, int n) {
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
