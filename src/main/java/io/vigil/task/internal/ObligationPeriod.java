package io.vigil.task.internal;

import io.vigil.task.PeriodStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One period of an obligation; the unique (obligation, period start) key makes it exist once. */
@Entity
@Table(name = "obligation_period")
class ObligationPeriod {

    @Id
    private UUID id;
    @Column(name = "obligation_id", nullable = false)
    private UUID obligationId;
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Column(name = "task_id", nullable = false)
    private UUID taskId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PeriodStatus status;
    @Column(name = "settled_at")
    private Instant settledAt;

    protected ObligationPeriod() {
    }

    ObligationPeriod(UUID id, UUID obligationId, LocalDate periodStart, LocalDate dueDate, UUID taskId) {
        this.id = id;
        this.obligationId = obligationId;
        this.periodStart = periodStart;
        this.dueDate = dueDate;
        this.taskId = taskId;
        this.status = PeriodStatus.OPEN;
    }

    /** Settles an open period: done when its task was completed by the deadline, missed once the deadline passed. */
    boolean settle(Task task, LocalDate today, java.time.ZoneId zone, Instant now) {
        if (status != PeriodStatus.OPEN) {
            return false;
        }
        boolean doneInTime = task.getStatus() == io.vigil.task.TaskStatus.DONE && task.getCompletedAt() != null
                && !task.getCompletedAt().atZone(zone).toLocalDate().isAfter(dueDate);
        if (doneInTime) {
            status = PeriodStatus.DONE;
        } else if (today.isAfter(dueDate) || !task.getStatus().isActive()) {
            status = PeriodStatus.MISSED;
        } else {
            return false;
        }
        settledAt = now;
        return true;
    }

    UUID getId() {
        return id;
    }

    UUID getObligationId() {
        return obligationId;
    }

    LocalDate getPeriodStart() {
        return periodStart;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    UUID getTaskId() {
        return taskId;
    }

    PeriodStatus getStatus() {
        return status;
    }
}
