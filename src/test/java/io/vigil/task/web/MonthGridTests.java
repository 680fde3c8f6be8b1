package io.vigil.task.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.task.PeriodStatus;
import io.vigil.task.PeriodView;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MonthGridTests {

    @Test
    void laysTheMonthOutInWholeMondayFirstWeeks() {
        MonthGrid grid = MonthGrid.of(YearMonth.of(2026, 11), LocalDate.of(2026, 11, 28), List.of(), List.of());

        // November 2026 starts on a Sunday and ends on a Monday: six rows from 26 Oct to 6 Dec
        assertThat(grid.weeks()).hasSize(6).allSatisfy(week -> assertThat(week).hasSize(7));
        assertThat(grid.weeks().get(0).get(0).date()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(grid.weeks().get(0).get(0).date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(grid.weeks().get(0).get(0).inMonth()).isFalse();
        assertThat(grid.weeks().get(5).get(6).date()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(grid.weeks().stream().flatMap(List::stream).filter(MonthGrid.Day::today))
                .extracting(MonthGrid.Day::date).containsExactly(LocalDate.of(2026, 11, 28));
    }

    @Test
    void putsWhatFallsDueOnItsDay() {
        PeriodView scan = new PeriodView(UUID.randomUUID(), UUID.randomUUID(), "SCAN", "Monthly scan",
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null, PeriodStatus.OPEN);

        MonthGrid grid = MonthGrid.of(YearMonth.of(2026, 11), LocalDate.of(2026, 11, 28), List.of(), List.of(scan));

        List<MonthGrid.Day> days = grid.weeks().stream().flatMap(List::stream).toList();
        assertThat(days).filteredOn(day -> !day.empty()).extracting(MonthGrid.Day::date)
                .containsExactly(LocalDate.of(2026, 11, 30));
    }
}
