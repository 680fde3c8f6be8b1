package io.vigil.task.internal;

import io.vigil.identity.Role;
import io.vigil.identity.RoleHolders;
import io.vigil.shared.web.VigilException;
import io.vigil.task.NewTask;
import io.vigil.task.RelatedRecord;
import io.vigil.task.TaskPriority;
import io.vigil.task.TaskStatus;
import io.vigil.task.TaskView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** A task aggregate: its status moves only along {@link TaskStatus#next()}. */
@Entity
@Table(name = "task")
class Task {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String title;
    private String description;
    @Column(nullable = false)
    private String kind;
    @Column(name = "org_unit_id", nullable = false)
    private UUID orgUnitId;
    @Column(name = "owner_user_id")
    private UUID ownerUserId;
    @Enumerated(EnumType.STRING)
    @Column(name = "owner_role")
    private Role ownerRole;
    @Column(name = "candidate_key")
    private String candidateKey;
    @Column(name = "related_module")
    private String relatedModule;
    @Column(name = "related_type")
    private String relatedType;
    @Column(name = "related_id")
    private String relatedId;
    @Column(name = "related_link")
    private String relatedLink;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskPriority priority;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskStatus status;
    @Column(name = "completion_note")
    private String completionNote;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "completed_by")
    private UUID completedBy;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Task() {
    }

    Task(NewTask request, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.title = request.title();
        this.description = request.description();
        this.kind = request.kind();
        this.orgUnitId = request.orgUnitId();
        this.ownerUserId = request.owner().userId();
        this.ownerRole = request.owner().role();
        this.candidateKey = ownerRole == null ? null : RoleHolders.candidateKey(ownerRole, orgUnitId);
        RelatedRecord related = request.related();
        if (related != null) {
            this.relatedModule = related.module();
            this.relatedType = related.type();
            this.relatedId = related.id();
            this.relatedLink = related.link();
        }
        this.dueDate = request.dueDate();
        this.priority = request.priority() == null ? TaskPriority.NORMAL : request.priority();
        this.status = TaskStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Moves to {@code target}; an illegal move is a 409 naming both statuses. */
    void moveTo(TaskStatus target, String note, UUID actor, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new VigilException(HttpStatus.CONFLICT, "illegal-transition", "task.error.illegalTransition",
                    status.name(), target.name());
        }
        if (target == TaskStatus.IN_PROGRESS && ownerUserId == null && actor != null) {
            // a role-owned task is taken by whoever starts it: it leaves the others' lists
            ownerUserId = actor;
            candidateKey = null;
        }
        if (target == TaskStatus.DONE || target == TaskStatus.CANCELLED) {
            completionNote = note;
            completedAt = now;
            completedBy = actor;
        }
        status = target;
        updatedAt = now;
    }

    void reschedule(LocalDate newDueDate, Instant now) {
        if (!status.isActive()) {
            throw new VigilException(HttpStatus.CONFLICT, "illegal-transition", "task.error.closed", status.name());
        }
        dueDate = newDueDate;
        updatedAt = now;
    }

    boolean isOwnedOrOfferedTo(UUID userId, java.util.Set<String> candidateKeys) {
        return userId.equals(ownerUserId) || (candidateKey != null && candidateKeys.contains(candidateKey));
    }

    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", title);
        values.put("status", status.name());
        values.put("dueDate", dueDate.toString());
        values.put("ownerUserId", ownerUserId == null ? "" : ownerUserId.toString());
        values.put("ownerRole", ownerRole == null ? "" : ownerRole.name());
        values.put("priority", priority.name());
        if (completionNote != null) {
            values.put("completionNote", completionNote);
        }
        return values;
    }

    TaskView toView() {
        RelatedRecord related = relatedModule == null ? null
                : new RelatedRecord(relatedModule, relatedType, relatedId, relatedLink);
        return new TaskView(id, title, description, kind, orgUnitId, ownerUserId, ownerRole, related, dueDate,
                priority, status, completionNote, completedAt, createdBy, createdAt, version);
    }

    UUID getId() {
        return id;
    }

    UUID getOrgUnitId() {
        return orgUnitId;
    }

    TaskStatus getStatus() {
        return status;
    }

    String getTitle() {
        return title;
    }

    String getKind() {
        return kind;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    Instant getCompletedAt() {
        return completedAt;
    }

    long getVersion() {
        return version;
    }
}
