package io.vigil.notification.internal;

import io.vigil.identity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;

/** When to remind about a kind of deadline and whom to escalate to; the {@code DEFAULT} row covers the rest. */
@Entity
@Table(name = "reminder_rule")
class ReminderRule {

    static final String DEFAULT_KIND = "DEFAULT";

    @Id
    private String kind;
    @Column(name = "days_before", nullable = false)
    private String daysBefore;
    @Column(name = "remind_when_overdue", nullable = false)
    private boolean remindWhenOverdue;
    @Column(name = "escalate_after_days")
    private Integer escalateAfterDays;
    @Enumerated(EnumType.STRING)
    @Column(name = "escalate_to_role")
    private Role escalateToRole;
    @Column(name = "escalate_to_manager", nullable = false)
    private boolean escalateToManager;
    @Column(nullable = false)
    private boolean mandatory;
    @Version
    private long version;

    protected ReminderRule() {
    }

    ReminderRule(String kind) {
        this.kind = kind;
    }

    void update(List<Integer> days, boolean overdue, Integer escalateAfter, boolean toManager, Role escalateTo,
            boolean mandatoryKind) {
        this.daysBefore = String.join(",", days.stream().sorted((a, b) -> b - a).distinct().map(String::valueOf).toList());
        this.remindWhenOverdue = overdue;
        this.escalateAfterDays = escalateAfter;
        this.escalateToManager = toManager;
        this.escalateToRole = escalateTo;
        this.mandatory = mandatoryKind;
    }

    ReminderPolicy policy() {
        List<Integer> days = daysBefore.isBlank() ? List.of()
                : Arrays.stream(daysBefore.split(",")).map(String::trim).map(Integer::valueOf).toList();
        return new ReminderPolicy(days, remindWhenOverdue, escalateAfterDays, escalateToManager, escalateToRole,
                mandatory);
    }

    String getKind() {
        return kind;
    }

    long getVersion() {
        return version;
    }
}
