package io.vigil.task.internal;

import io.vigil.identity.Role;
import io.vigil.task.NewTask;
import io.vigil.task.ObligationView;
import io.vigil.task.Recurrence;
import io.vigil.task.RelatedRecord;
import io.vigil.task.TaskOwner;
import io.vigil.task.TaskPriority;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recurring obligation; each occurrence of its rule is a period with exactly one task. */
@Entity
@Table(name = "obligation")
class Obligation {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String title;
    @Column(name = "title_zh")
    private String titleZh;
    private String description;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String rrule;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "deadline_days", nullable = false)
    private int deadlineDays;
    @Column(name = "org_unit_id", nullable = false)
    private UUID orgUnitId;
    @Column(name = "scope_text")
    private String scope;
    @Column(name = "owner_user_id")
    private UUID ownerUserId;
    @Enumerated(EnumType.STRING)
    @Column(name = "owner_role")
    private Role ownerRole;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskPriority priority;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Obligation() {
    }

    Obligation(String code, String title, String titleZh, String description, String kind, String rrule,
            LocalDate startsOn, int deadlineDays, UUID orgUnitId, String scope, TaskOwner owner,
            TaskPriority priority, Instant now) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.title = title;
        this.titleZh = titleZh;
        this.description = description;
        this.kind = kind;
        this.rrule = Recurrence.parse(rrule, startsOn).toRule();
        this.startsOn = startsOn;
        this.deadlineDays = deadlineDays;
        this.orgUnitId = orgUnitId;
        this.scope = scope;
        this.ownerUserId = owner.userId();
        this.ownerRole = owner.role();
        this.priority = priority == null ? TaskPriority.NORMAL : priority;
        this.active = true;
        this.createdAt = now;
    }

    Recurrence recurrence() {
        return Recurrence.parse(rrule, startsOn);
    }

    /** The task of the period starting {@code periodStart}: the obligation is its template. */
    NewTask taskFor(UUID periodId, LocalDate periodStart) {
        TaskOwner owner = ownerUserId != null ? TaskOwner.user(ownerUserId) : TaskOwner.role(ownerRole);
        String text = description == null ? "" : description;
        if (scope != null && !scope.isBlank()) {
            text = (text + "\n" + scope).strip();
        }
        return new NewTask(title + " (" + periodStart + ")", text.isBlank() ? null : text, kind, orgUnitId, owner,
                new RelatedRecord("task", "ObligationPeriod", periodId.toString(),
                        "/calendar?month=" + periodStart.toString().substring(0, 7)),
                periodStart.plusDays(deadlineDays), priority);
    }

    void deactivate() {
        active = false;
    }

    ObligationView toView() {
        return new ObligationView(id, code, title, titleZh, description, kind, rrule, startsOn, deadlineDays,
                orgUnitId, scope, ownerUserId, ownerRole, priority, active, version);
    }

    UUID getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getTitle() {
        return title;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    UUID getOrgUnitId() {
        return orgUnitId;
    }

    int getDeadlineDays() {
        return deadlineDays;
    }
}
