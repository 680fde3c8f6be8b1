package io.vigil.task.internal;

import io.vigil.identity.RoleHolders;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.security.VigilPrincipal;
import io.vigil.shared.web.VigilException;
import io.vigil.task.NewTask;
import io.vigil.task.RelatedRecord;
import io.vigil.task.TaskChanged;
import io.vigil.task.TaskFilter;
import io.vigil.task.TaskStatus;
import io.vigil.task.TaskView;
import io.vigil.task.Tasks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens, lists and moves tasks; every change is audited and announced as {@link TaskChanged}. */
@Service
@Transactional
public class TaskService implements Tasks {

    static final String READ = "task:read";
    static final String MANAGE = "task:manage";
    private static final Set<TaskStatus> ACTIVE = EnumSet.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS);
    /** Overdue first, then due soon. */
    static final Sort URGENCY = Sort.by(Sort.Order.asc("dueDate"), Sort.Order.asc("title"));

    private final TaskRepository tasks;
    private final RoleHolders roleHolders;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskService(TaskRepository tasks, RoleHolders roleHolders, DataScope scope, ApplicationEventPublisher events,
            Clock clock) {
        this.tasks = tasks;
        this.roleHolders = roleHolders;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public TaskView open(NewTask request) {
        validate(request);
        if (request.related() != null) {
            RelatedRecord r = request.related();
            Optional<Task> existing = tasks.findRelated(r.module(), r.type(), r.id(), ACTIVE).stream()
                    .filter(t -> t.getKind().equals(request.kind())).findFirst();
            if (existing.isPresent()) {
                return existing.get().toView();
            }
        }
        return create(request).toView();
    }

    /** Opens a task without de-duplication (obligation periods and people's own tasks). */
    Task create(NewTask request) {
        validate(request);
        Task task = tasks.save(new Task(request, actorName(), clock.instant()));
        announce("CREATED", task, Map.of(), "Task '" + task.getTitle() + "' opened, due " + task.getDueDate());
        return task;
    }

    @Override
    public List<TaskView> reschedule(RelatedRecord related, LocalDate dueDate) {
        return tasks.findRelated(related.module(), related.type(), related.id(), ACTIVE).stream().map(task -> {
            Map<String, Object> before = task.snapshot();
            task.reschedule(dueDate, clock.instant());
            announce("UPDATED", task, before, "Task '" + task.getTitle() + "' now due " + dueDate);
            return task.toView();
        }).toList();
    }

    @Override
    public List<TaskView> fulfil(RelatedRecord related, String note) {
        return closeRelated(related, TaskStatus.DONE, note);
    }

    @Override
    public List<TaskView> cancel(RelatedRecord related, String note) {
        return closeRelated(related, TaskStatus.CANCELLED, note);
    }

    private List<TaskView> closeRelated(RelatedRecord related, TaskStatus target, String note) {
        return tasks.findRelated(related.module(), related.type(), related.id(), ACTIVE).stream().map(task -> {
            Map<String, Object> before = task.snapshot();
            task.moveTo(target, note, currentUserId().orElse(null), clock.instant());
            announce(target == TaskStatus.DONE ? "COMPLETED" : "CANCELLED", task, before,
                    "Task '" + task.getTitle() + "' closed: " + target);
            return task.toView();
        }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TaskView> find(UUID taskId) {
        return tasks.findById(taskId).map(Task::toView);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskView> activeDueOnOrBefore(LocalDate day) {
        return tasks.findByStatusInAndDueOnOrBefore(ACTIVE, day).stream().map(Task::toView).toList();
    }

    // ---- what people do through the UI and API ----

    @Override
    @Transactional(readOnly = true)
    public Page<TaskView> mine(UUID userId, TaskFilter filter, Pageable pageable) {
        Set<String> keys = roleHolders.candidateKeys(userId);
        return tasks.findAll(TaskSpecifications.mine(userId, keys, filter, today()), withUrgency(pageable))
                .map(Task::toView);
    }

    @Override
    @Transactional(readOnly = true)
    public long countMineActive(UUID userId) {
        Set<String> keys = roleHolders.candidateKeys(userId);
        return tasks.countMine(userId, keys.isEmpty() ? Set.of("-") : keys, ACTIVE);
    }

    /** The team / org-unit view: tasks of the units where the caller holds {@code task:read}. */
    @Transactional(readOnly = true)
    public Page<TaskView> inVisibleUnits(TaskFilter filter, Pageable pageable) {
        return tasks.findAll(TaskSpecifications.inUnits(scope.visibleUnits(READ).forQuery(), filter, today()),
                withUrgency(pageable)).map(Task::toView);
    }

    @Transactional(readOnly = true)
    public TaskView get(UUID taskId, UUID userId) {
        return visible(taskId, userId).toView();
    }

    /** Opens a task by hand: the caller must manage tasks in the task's unit. */
    public TaskView openByHand(NewTask request) {
        validate(request);
        if (!scope.canAccess(MANAGE, request.orgUnitId())) {
            throw new VigilException(HttpStatus.FORBIDDEN, "forbidden", "task.error.unitNotManaged");
        }
        return create(request).toView();
    }

    /** Changes the status when the caller owns the task, may take it, or manages its unit. */
    public TaskView changeStatus(UUID taskId, UUID userId, TaskStatus target, String note, Long expectedVersion) {
        Task task = visible(taskId, userId);
        boolean mayWork = task.isOwnedOrOfferedTo(userId, roleHolders.candidateKeys(userId))
                || scope.canAccess(MANAGE, task.getOrgUnitId());
        if (!mayWork) {
            throw new VigilException(HttpStatus.FORBIDDEN, "forbidden", "task.error.notYours");
        }
        if (expectedVersion != null && expectedVersion != task.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Task.class, taskId);
        }
        Map<String, Object> before = task.snapshot();
        task.moveTo(target, note, userId, clock.instant());
        String action = switch (target) {
            case DONE -> "COMPLETED";
            case CANCELLED -> "CANCELLED";
            default -> "STATUS_CHANGED";
        };
        announce(action, task, before, "Task '" + task.getTitle() + "' moved to " + target);
        tasks.flush();
        return task.toView();
    }

    private Task visible(UUID taskId, UUID userId) {
        Task task = tasks.findById(taskId).orElseThrow(() -> new RecordNotFoundException("Task", taskId));
        if (!task.isOwnedOrOfferedTo(userId, roleHolders.candidateKeys(userId))
                && !scope.canAccess(READ, task.getOrgUnitId()) && !scope.canAccess(MANAGE, task.getOrgUnitId())) {
            throw new RecordNotFoundException("Task", taskId);
        }
        return task;
    }

    private void announce(String action, Task task, Map<String, Object> before, String summary) {
        AuditableEvent audit = AuditableEvent.change(action, "Task", task.getId(), task.getOrgUnitId(), summary, before,
                task.snapshot());
        events.publishEvent(VigilPrincipal.current().isPresent() ? audit : audit.byActor("system"));
        events.publishEvent(new TaskChanged(task.toView(), action));
    }

    private static void validate(NewTask request) {
        if (request.title() == null || request.title().isBlank() || request.title().length() > 300) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "task.error.title");
        }
        if (request.kind() == null || !request.kind().matches("[A-Z][A-Z0-9_]{0,63}")) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "task.error.kind");
        }
        if (request.orgUnitId() == null || request.owner() == null || request.dueDate() == null) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "task.error.required");
        }
    }

    private static Pageable withUrgency(Pageable pageable) {
        return pageable.getSort().isSorted() ? pageable
                : org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), URGENCY);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Optional<UUID> currentUserId() {
        return VigilPrincipal.current().map(VigilPrincipal::userId);
    }

    private static String actorName() {
        return VigilPrincipal.current().map(VigilPrincipal::username).orElse("system");
    }
}
