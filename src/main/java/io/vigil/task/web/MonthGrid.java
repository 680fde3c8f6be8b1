package io.vigil.task.web;

import io.vigil.task.PeriodView;
import io.vigil.task.TaskView;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A month laid out in Monday-first weeks, each day with the tasks and obligation periods due on it. */
record MonthGrid(YearMonth month, List<List<Day>> weeks) {

    record Day(LocalDate date, boolean inMonth, boolean today, List<TaskView> tasks, List<PeriodView> periods) {

        boolean empty() {
            return tasks.isEmpty() && periods.isEmpty();
        }
    }

    static MonthGrid of(YearMonth month, LocalDate today, List<TaskView> tasks, List<PeriodView> periods) {
        Map<LocalDate, List<TaskView>> tasksByDay = tasks.stream().collect(Collectors.groupingBy(TaskView::dueDate));
        Map<LocalDate, List<PeriodView>> periodsByDay = periods.stream()
                .collect(Collectors.groupingBy(PeriodView::dueDate));
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate weekStart = first; !weekStart.isAfter(last); weekStart = weekStart.plusWeeks(1)) {
            List<Day> week = new ArrayList<>(7);
            for (int offset = 0; offset < 7; offset++) {
                LocalDate date = weekStart.plusDays(offset);
                week.add(new Day(date, YearMonth.from(date).equals(month), date.equals(today),
                        tasksByDay.getOrDefault(date, List.of()), periodsByDay.getOrDefault(date, List.of())));
            }
            weeks.add(week);
        }
        return new MonthGrid(month, weeks);
    }
}
