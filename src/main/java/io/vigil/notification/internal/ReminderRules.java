package io.vigil.notification.internal;

import io.vigil.identity.Role;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.web.VigilException;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins' view of the reminder rules per kind. */
@Service
@Transactional
public class ReminderRules {

    public record RuleView(String kind, List<Integer> daysBefore, boolean remindWhenOverdue, Integer escalateAfterDays,
            boolean escalateToManager, Role escalateToRole, boolean mandatory, long version) {
    }

    private final ReminderRuleRepository rules;
    private final ApplicationEventPublisher events;

    ReminderRules(ReminderRuleRepository rules, ApplicationEventPublisher events) {
        this.rules = rules;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<RuleView> all() {
        return rules.findAll(org.springframework.data.domain.Sort.by("kind")).stream().map(ReminderRules::view).toList();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<RuleView> find(String kind) {
        return rules.findById(kind).map(ReminderRules::view);
    }

    public RuleView save(String kind, List<Integer> daysBefore, boolean remindWhenOverdue, Integer escalateAfterDays,
            boolean escalateToManager, Role escalateToRole, boolean mandatory, Long expectedVersion) {
        if (kind == null || !kind.matches("[A-Z][A-Z0-9_]{0,63}")) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "task.error.kind");
        }
        if (daysBefore == null || daysBefore.stream().anyMatch(d -> d == null || d < 0 || d > 365)
                || (escalateAfterDays != null && (escalateAfterDays < 0 || escalateAfterDays > 365))) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "notification.error.days");
        }
        if (escalateAfterDays != null && !escalateToManager && escalateToRole == null) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "notification.error.escalationTarget");
        }
        if (daysBefore.size() > 10) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "notification.error.tooManyDays");
        }
        ReminderRule rule = rules.findById(kind).orElseGet(() -> new ReminderRule(kind));
        if (expectedVersion != null && rules.existsById(kind) && expectedVersion != rule.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(ReminderRule.class, kind);
        }
        rule.update(daysBefore, remindWhenOverdue, escalateAfterDays, escalateToManager, escalateToRole, mandatory);
        ReminderRule saved = rules.saveAndFlush(rule);
        events.publishEvent(AuditableEvent.change("UPDATED", "ReminderRule", kind, null,
                "Reminder rule for " + kind + " changed", Map.of(), Map.of("daysBefore", daysBefore.toString(),
                        "escalateAfterDays", String.valueOf(escalateAfterDays), "escalateToManager", escalateToManager,
                        "escalateToRole", String.valueOf(escalateToRole), "mandatory", mandatory)));
        return view(saved);
    }

    private static RuleView view(ReminderRule rule) {
        ReminderPolicy policy = rule.policy();
        return new RuleView(rule.getKind(), policy.daysBefore(), policy.remindWhenOverdue(),
                policy.escalateAfterDays(), policy.escalateToManager(), policy.escalateToRole(), policy.mandatory(), rule.getVersion());
    }
}
