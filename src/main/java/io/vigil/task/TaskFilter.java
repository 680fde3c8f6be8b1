package io.vigil.task;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Filters of the task lists. Empty {@code statuses} means the active ones; {@code overdue} keeps
 * tasks due before today; {@code dueWithinDays} keeps tasks due up to today plus that many days.
 */
public record TaskFilter(Set<TaskStatus> statuses, String kind, UUID orgUnitId, Boolean overdue,
        Integer dueWithinDays) {

    public static TaskFilter active() {
        return new TaskFilter(Set.of(), null, null, null, null);
    }

    public Set<TaskStatus> effectiveStatuses() {
        return statuses == null || statuses.isEmpty() ? Set.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS) : statuses;
    }

    public LocalDate dueUpTo(LocalDate today) {
        if (Boolean.TRUE.equals(overdue)) {
            return today.minusDays(1);
        }
        return dueWithinDays == null ? null : today.plusDays(dueWithinDays);
    }
}
