package io.vigil.task;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecurrenceTests {

    private static final LocalDate START = parse("2026-01-05"); // a Monday

    @Test
    void weeklyOnAWeekdayFallsOnThatWeekdayEveryWeek() {
        Recurrence weekly = Recurrence.parse("FREQ=WEEKLY;BYDAY=MO", START);
        assertThat(weekly.between(parse("2026-01-01"), parse("2026-01-31")))
                .containsExactly(parse("2026-01-05"), parse("2026-01-12"), parse("2026-01-19"), parse("2026-01-26"));
    }

    @Test
    void weeklyWithIntervalAndSeveralDaysSkipsTheWeeksBetween() {
        Recurrence rule = Recurrence.parse("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH", START);
        assertThat(rule.between(parse("2026-01-10"), parse("2026-02-01")))
                .containsExactly(parse("2026-01-20"), parse("2026-01-22"));
    }

    @Test
    void monthlyOnADayTheMonthLacksIsSkippedAsInRfc5545() {
        Recurrence rule = Recurrence.parse("FREQ=MONTHLY;BYMONTHDAY=31", parse("2026-01-31"));
        assertThat(rule.between(parse("2026-01-01"), parse("2026-05-31")))
                .containsExactly(parse("2026-01-31"), parse("2026-03-31"), parse("2026-05-31"));
    }

    @Test
    void negativeMonthDayCountsFromTheMonthsEnd() {
        Recurrence rule = Recurrence.parse("FREQ=MONTHLY;BYMONTHDAY=-1", parse("2026-01-01"));
        assertThat(rule.between(parse("2026-02-01"), parse("2026-04-30")))
                .containsExactly(parse("2026-02-28"), parse("2026-03-31"), parse("2026-04-30"));
    }

    @Test
    void quarterlyIsEveryThirdMonthFromTheStart() {
        Recurrence rule = Recurrence.parse(Recurrence.quarterlyOn(1), parse("2026-01-01"));
        assertThat(rule.between(parse("2026-02-01"), parse("2027-01-31")))
                .containsExactly(parse("2026-04-01"), parse("2026-07-01"), parse("2026-10-01"), parse("2027-01-01"));
    }

    @Test
    void yearlyOnTheTwentyNinthOfFebruaryOccursInLeapYearsOnly() {
        Recurrence rule = Recurrence.parse("FREQ=YEARLY", parse("2024-02-29"));
        assertThat(rule.between(parse("2024-01-01"), parse("2029-01-01")))
                .containsExactly(parse("2024-02-29"), parse("2028-02-29"));
    }

    @Test
    void dailyNeverStartsBeforeItsStartDate() {
        Recurrence rule = Recurrence.parse("FREQ=DAILY;INTERVAL=3", START);
        assertThat(rule.between(parse("2025-12-01"), parse("2026-01-12")))
                .containsExactly(parse("2026-01-05"), parse("2026-01-08"), parse("2026-01-11"));
    }

    @Test
    void weeklyWithoutBydayRecursOnTheStartWeekday() {
        assertThat(Recurrence.parse("FREQ=WEEKLY", parse("2026-01-07")).toRule()).isEqualTo("FREQ=WEEKLY;BYDAY=WE");
    }

    @Test
    void unsupportedOrMalformedPartsAreRejectedByName() {
        assertThatThrownBy(() -> Recurrence.parse("FREQ=WEEKLY;COUNT=3", START)).hasMessageContaining("COUNT");
        assertThatThrownBy(() -> Recurrence.parse("FREQ=HOURLY", START)).hasMessageContaining("FREQ");
        assertThatThrownBy(() -> Recurrence.parse("FREQ=WEEKLY;BYDAY=XX", START)).hasMessageContaining("XX");
        assertThatThrownBy(() -> Recurrence.parse("FREQ=MONTHLY;BYMONTHDAY=0", START)).hasMessageContaining("BYMONTHDAY");
        assertThatThrownBy(() -> Recurrence.parse("INTERVAL=2", START)).hasMessageContaining("FREQ is required");
        assertThatThrownBy(() -> Recurrence.parse("FREQ=MONTHLY;BYDAY=MO", START)).hasMessageContaining("BYDAY");
        assertThatThrownBy(() -> Recurrence.parse("FREQ=DAILY;INTERVAL=x", START)).hasMessageContaining("INTERVAL");
    }
}
