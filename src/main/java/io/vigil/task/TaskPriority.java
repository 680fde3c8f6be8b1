package io.vigil.task;

public enum TaskPriority {
    LOW, NORMAL, HIGH, CRITICAL
}
