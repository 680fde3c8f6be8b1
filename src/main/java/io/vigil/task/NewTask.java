package io.vigil.task;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a module asks for when it opens a task. {@code kind} names the deadline's kind
 * ({@code FINDING_SLA}, {@code CERTIFICATE_EXPIRY}, {@code OBLIGATION}): reminder rules and user
 * preferences are per kind.
 */
public record NewTask(String title, String description, String kind, UUID orgUnitId, TaskOwner owner,
        RelatedRecord related, LocalDate dueDate, TaskPriority priority) {
}
