package io.vigil.task;

/** Published after a task is opened, updated, completed or cancelled, for listeners that react to work. */
public record TaskChanged(TaskView task, String action) {
}
