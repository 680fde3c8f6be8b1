package io.vigil.risk.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One action of a risk's treatment plan, tracked as a task; done when the task is done (or vice versa). */
@Entity
@Table(name = "risk_plan_item")
public class RiskPlanItem {

    @Id
    private UUID id;

    @Column(name = "risk_id", nullable = false)
    private UUID riskId;

    @Column(nullable = false)
    private String title;

    @Column(name = "owner_user_id", nullable = false)
    private UUID ownerUserId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false)
    private String status;

    @Column(name = "task_id")
    private UUID taskId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private Long version;

    protected RiskPlanItem() {
    }

    public RiskPlanItem(UUID id, UUID riskId, String title, UUID ownerUserId, LocalDate dueDate, Instant now) {
        this.id = id;
        this.riskId = riskId;
        this.title = title;
        this.ownerUserId = ownerUserId;
        this.dueDate = dueDate;
        this.status = "OPEN";
        this.createdAt = now;
    }

    public void linkTask(UUID taskId) {
        this.taskId = taskId;
    }

    /** Idempotent: the task listener and the explicit completion may both arrive. */
    public boolean complete(Instant now) {
        if (isDone()) {
            return false;
        }
        this.status = "DONE";
        this.completedAt = now;
        return true;
    }

    public boolean isDone() {
        return "DONE".equals(status);
    }

    public UUID getId() { return id; }
    public UUID getRiskId() { return riskId; }
    public String getTitle() { return title; }
    public UUID getOwnerUserId() { return ownerUserId; }
    public LocalDate getDueDate() { return dueDate; }
    public String getStatus() { return status; }
    public UUID getTaskId() { return taskId; }
    public Instant getCompletedAt() { return completedAt; }

    public long getVersion() {
        return version == null ? 0 : version;
    }
}
