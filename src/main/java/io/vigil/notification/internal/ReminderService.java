package io.vigil.notification.internal;

import io.vigil.identity.RoleHolders;
import io.vigil.identity.UserDirectory;
import io.vigil.identity.UserSummary;
import io.vigil.people.PeopleDirectory;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.task.TaskView;
import io.vigil.task.Tasks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the tasks whose reminder stage or escalation is due today and notifies their owners (or
 * the escalation role's holders) once: the stage is recorded under a unique key in the same
 * transaction as the notifications, so neither a second node nor a later catch-up repeats it.
 */
@Service
class ReminderService {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);
    private static final int BATCH = 500;

    private final Tasks tasks;
    private final ReminderRuleRepository rules;
    private final SentReminderRepository sent;
    private final Inbox inbox;
    private final Webhooks webhooks;
    private final UserDirectory users;
    private final RoleHolders roleHolders;
    private final PeopleDirectory people;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReminderService(Tasks tasks, ReminderRuleRepository rules, SentReminderRepository sent, Inbox inbox,
            Webhooks webhooks, UserDirectory users, RoleHolders roleHolders, PeopleDirectory people, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.tasks = tasks;
        this.rules = rules;
        this.sent = sent;
        this.inbox = inbox;
        this.webhooks = webhooks;
        this.users = users;
        this.roleHolders = roleHolders;
        this.people = people;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Returns how many reminders and escalations were issued. */
    int remind() {
        LocalDate today = LocalDate.now(clock);
        Map<String, ReminderPolicy> policies = transactions.execute(status -> rules.findAll().stream()
                .collect(Collectors.toMap(ReminderRule::getKind, ReminderRule::policy)));
        ReminderPolicy fallback = policies.getOrDefault(ReminderRule.DEFAULT_KIND,
                new ReminderPolicy(List.of(30, 7, 1), true, null, false, null, false));
        int horizon = policies.values().stream().mapToInt(ReminderPolicy::maxDaysBefore).max().orElse(30);
        int issued = 0;
        List<TaskView> due = tasks.activeDueOnOrBefore(today.plusDays(horizon));
        for (int from = 0; from < due.size(); from += BATCH) {
            List<TaskView> batch = due.subList(from, Math.min(from + BATCH, due.size()));
            java.util.Set<String> handled = sent.sent(batch.stream().map(TaskView::id).toList()).stream()
                    .map(row -> row[0] + "|" + row[1] + "|" + row[2]).collect(Collectors.toSet());
            for (TaskView task : batch) {
                ReminderPolicy policy = policies.getOrDefault(task.kind(), fallback);
                String stage = policy.stageOn(task.dueDate(), today).orElse(null);
                if (stage != null && !handled.contains(key(task, stage))
                        && once(task, stage, () -> remindOwners(task, stage, today))) {
                    issued++;
                }
                if (policy.escalationDueOn(task.dueDate(), today)
                        && !handled.contains(key(task, ReminderPolicy.ESCALATED))
                        && once(task, ReminderPolicy.ESCALATED, () -> escalate(task, policy, today))) {
                    issued++;
                }
            }
        }
        return issued;
    }

    private static String key(TaskView task, String stage) {
        return task.id() + "|" + stage + "|" + task.dueDate();
    }

    /**
     * Records the stage and runs {@code action} in one transaction; false when the stage was handled
     * before. The unique key, not the pre-check, is what makes it once: a concurrent insert fails.
     */
    private boolean once(TaskView task, String stage, Runnable action) {
        try {
            transactions.executeWithoutResult(status -> {
                sent.saveAndFlush(new SentReminder(task.id(), stage, task.dueDate(), clock.instant()));
                action.run();
            });
            return true;
        } catch (DataIntegrityViolationException duplicate) {
            log.debug("Reminder {} of task {} was already sent", stage, task.id());
            return false;
        }
    }

    private void remindOwners(TaskView task, String stage, LocalDate today) {
        List<UserSummary> recipients = task.ownerUserId() != null
                ? users.find(task.ownerUserId()).stream().toList()
                : roleHolders.holdersOf(task.ownerRole(), task.orgUnitId());
        long days = Math.abs(ChronoUnit.DAYS.between(today, task.dueDate()));
        Object[] args = {task.title(), task.dueDate().toString(), days};
        boolean overdue = ReminderPolicy.OVERDUE.equals(stage);
        String key = overdue ? "notification.reminder.overdue" : "notification.reminder.before";
        for (UserSummary recipient : recipients) {
            inbox.deliver(recipient, task.kind(), key + ".subject", key + ".body", args, "/tasks");
        }
        webhooks.enqueue("task.reminder", task, Map.of("stage", stage));
        events.publishEvent(AuditableEvent.of("REMINDER_SENT", "Task", task.id(), task.orgUnitId(),
                "Reminder " + stage + " for '" + task.title() + "' to " + recipients.size() + " recipient(s)")
                .byActor("system"));
    }

    private void escalate(TaskView task, ReminderPolicy policy, LocalDate today) {
        ReminderPolicy.EscalationTargets targets = policy.escalationTargets(task.ownerUserId() != null);
        List<UserSummary> recipients = new java.util.ArrayList<>();
        List<String> to = new java.util.ArrayList<>();
        if (targets.manager()) {
            people.managerAccountOf(task.ownerUserId()).flatMap(users::find).ifPresent(recipients::add);
            to.add("MANAGER");
        }
        if (targets.role() != null) {
            recipients.addAll(roleHolders.holdersOf(targets.role(), task.orgUnitId()));
            to.add(targets.role().name());
        }
        String owner = task.ownerUserId() != null
                ? users.find(task.ownerUserId()).map(UserSummary::displayName).orElse("?")
                : task.ownerRole().name();
        Object[] args = {task.title(), task.dueDate().toString(), ChronoUnit.DAYS.between(task.dueDate(), today), owner};
        // the manager may also hold the role: one message each
        Map<java.util.UUID, UserSummary> unique = recipients.stream()
                .collect(Collectors.toMap(UserSummary::id, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
        for (UserSummary recipient : unique.values()) {
            inbox.deliver(recipient, "ESCALATION", "notification.escalation.subject", "notification.escalation.body",
                    args, "/tasks?view=unit");
        }
        String escalatedTo = String.join(",", to);
        webhooks.enqueue("task.escalated", task, Map.of("escalatedTo", escalatedTo));
        events.publishEvent(AuditableEvent.of("ESCALATED", "Task", task.id(), task.orgUnitId(),
                "'" + task.title() + "' escalated to " + escalatedTo + " (" + unique.size()
                        + " recipient(s))").byActor("system"));
    }
}
