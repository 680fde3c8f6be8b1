package io.vigil.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A reminder stage already handled for a task and due date; unique, so it happens once per cluster. */
@Entity
@Table(name = "sent_reminder")
class SentReminder {

    @Id
    private UUID id;
    @Column(name = "task_id", nullable = false)
    private UUID taskId;
    @Column(nullable = false)
    private String stage;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected SentReminder() {
    }

    SentReminder(UUID taskId, String stage, LocalDate dueDate, Instant sentAt) {
        this.id = UUID.randomUUID();
        this.taskId = taskId;
        this.stage = stage;
        this.dueDate = dueDate;
        this.sentAt = sentAt;
    }
}
