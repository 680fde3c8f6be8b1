package io.vigil.task;

import java.util.EnumSet;
import java.util.Set;

/** Where a task stands. Done and cancelled are final: a new need is a new task. */
public enum TaskStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED;

    public boolean isActive() {
        return this == OPEN || this == IN_PROGRESS;
    }

    /** The transition table: which statuses this one may move to. */
    public Set<TaskStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS, DONE, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(OPEN, DONE, CANCELLED);
            case DONE, CANCELLED -> EnumSet.noneOf(TaskStatus.class);
        };
    }

    public boolean canMoveTo(TaskStatus target) {
        return next().contains(target);
    }
}
