package io.vigil.supplier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTests {

    @Test
    void aWindowPublishedOnFridaySkipsTheWeekend() {
        WorkingDays days = WorkingDays.of();
        assertThat(days.plus(LocalDate.of(2026, 3, 6), 3)).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(days.plus(LocalDate.of(2026, 3, 2), 3)).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(days.plus(LocalDate.of(2026, 3, 7), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void configuredHolidaysDoNotCount() {
        // National Day week 2026: Thursday 1 October to Wednesday 7 October
        WorkingDays days = new WorkingDays("2026-10-01, 2026-10-02,2026-10-05,2026-10-06,2026-10-07");
        assertThat(days.isWorkingDay(LocalDate.of(2026, 10, 2))).isFalse();
        assertThat(days.plus(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    void aMalformedHolidayFailsAtStartup() {
        assertThatThrownBy(() -> new WorkingDays("2026-13-01")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("vigil.supplier.holidays");
    }
}
