package io.vigil.task;

import io.vigil.identity.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A task as other modules and the API see it. */
public record TaskView(UUID id, String title, String description, String kind, UUID orgUnitId, UUID ownerUserId,
        Role ownerRole, RelatedRecord related, LocalDate dueDate, TaskPriority priority, TaskStatus status,
        String completionNote, Instant completedAt, String createdBy, Instant createdAt, long version) {

    public boolean isOverdueOn(LocalDate day) {
        return status.isActive() && dueDate.isBefore(day);
    }
}
