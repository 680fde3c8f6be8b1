package io.vigil.notification.internal;

import io.vigil.identity.Role;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Which reminder a deadline is due for today. Only the latest stage reached counts: after
 * downtime that skipped the 7-day and 1-day reminders, the task gets one reminder for where it
 * stands now, not three. Stages are {@code D-30}, {@code D-7}, {@code D-1}, {@code OVERDUE};
 * escalation is separate and happens once, {@code escalateAfterDays} after the due date.
 */
record ReminderPolicy(List<Integer> daysBefore, boolean remindWhenOverdue, Integer escalateAfterDays,
        boolean escalateToManager, Role escalateToRole, boolean mandatory) {

    static final String OVERDUE = "OVERDUE";
    static final String ESCALATED = "ESCALATED";

    /** The stage reached on {@code today}, if any. */
    Optional<String> stageOn(LocalDate dueDate, LocalDate today) {
        if (today.isAfter(dueDate)) {
            if (remindWhenOverdue) {
                return Optional.of(OVERDUE);
            }
            return Optional.empty();
        }
        long daysLeft = ChronoUnit.DAYS.between(today, dueDate);
        // the smallest offset not smaller than the days left is the stage just reached
        return daysBefore.stream().filter(d -> d >= daysLeft).min(Integer::compare).map(d -> "D-" + d);
    }

    boolean escalationDueOn(LocalDate dueDate, LocalDate today) {
        return escalateAfterDays != null && (escalateToManager || escalateToRole != null)
                && !today.isBefore(dueDate.plusDays(escalateAfterDays));
    }

    /**
     * Whom the escalation goes to: the owner's manager only when a person owns the task (a task
     * owned by a role has no single manager), and the rule's role if it names one.
     */
    EscalationTargets escalationTargets(boolean ownedByUser) {
        return new EscalationTargets(escalateToManager && ownedByUser, escalateToRole);
    }

    record EscalationTargets(boolean manager, Role role) {
    }

    int maxDaysBefore() {
        return daysBefore.stream().max(Integer::compare).orElse(0);
    }
}
