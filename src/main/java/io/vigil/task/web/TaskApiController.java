package io.vigil.task.web;

import io.vigil.identity.Role;
import io.vigil.shared.security.VigilPrincipal;
import io.vigil.shared.web.PageResponse;
import io.vigil.shared.web.VigilException;
import io.vigil.task.NewTask;
import io.vigil.task.RelatedRecord;
import io.vigil.task.TaskFilter;
import io.vigil.task.TaskOwner;
import io.vigil.task.TaskPriority;
import io.vigil.task.TaskStatus;
import io.vigil.task.TaskView;
import io.vigil.task.internal.TaskService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/tasks}: the caller's tasks, the org-unit view, and moving a task along its states. */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskApiController {

    record TaskResponse(UUID id, String title, String description, String kind, UUID orgUnitId, UUID ownerUserId,
            Role ownerRole, RelatedRecord related, LocalDate dueDate, TaskPriority priority, TaskStatus status,
            boolean overdue, String completionNote, String createdBy, long version) {

        static TaskResponse of(TaskView t, LocalDate today) {
            return new TaskResponse(t.id(), t.title(), t.description(), t.kind(), t.orgUnitId(), t.ownerUserId(),
                    t.ownerRole(), t.related(), t.dueDate(), t.priority(), t.status(), t.isOverdueOn(today),
                    t.completionNote(), t.createdBy(), t.version());
        }
    }

    record CreateTask(@NotBlank @Size(max = 300) String title, @Size(max = 4000) String description,
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}") String kind, @NotNull UUID orgUnitId,
            UUID ownerUserId, Role ownerRole, @NotNull LocalDate dueDate, TaskPriority priority) {
    }

    record StatusChange(@NotNull TaskStatus status, @Size(max = 2000) String note, Long version) {
    }

    record Completion(@Size(max = 2000) String note, Long version) {
    }

    private final TaskService tasks;
    private final Clock clock;

    TaskApiController(TaskService tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    PageResponse<TaskResponse> mine(@AuthenticationPrincipal VigilPrincipal me,
            @RequestParam(required = false) Set<TaskStatus> status, @RequestParam(required = false) String kind,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer dueWithinDays,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        TaskFilter filter = new TaskFilter(status, kind, null, overdue, dueWithinDays);
        LocalDate today = LocalDate.now(clock);
        return PageResponse.of(tasks.mine(me.userId(), filter, pageOf(page, size)), t -> TaskResponse.of(t, today));
    }

    @GetMapping("/count")
    @PreAuthorize("isAuthenticated()")
    Map<String, Long> count(@AuthenticationPrincipal VigilPrincipal me) {
        return Map.of("active", tasks.countMineActive(me.userId()));
    }

    @GetMapping("/unit")
    @PreAuthorize("hasAuthority('task:read')")
    PageResponse<TaskResponse> unit(@RequestParam(required = false) Set<TaskStatus> status,
            @RequestParam(required = false) String kind, @RequestParam(required = false) UUID orgUnitId,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer dueWithinDays,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        TaskFilter filter = new TaskFilter(status, kind, orgUnitId, overdue, dueWithinDays);
        LocalDate today = LocalDate.now(clock);
        return PageResponse.of(tasks.inVisibleUnits(filter, pageOf(page, size)), t -> TaskResponse.of(t, today));
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    TaskResponse one(@AuthenticationPrincipal VigilPrincipal me, @PathVariable UUID id) {
        return TaskResponse.of(tasks.get(id, me.userId()), LocalDate.now(clock));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('task:manage')")
    TaskResponse create(@Valid @RequestBody CreateTask body) {
        if ((body.ownerUserId() == null) == (body.ownerRole() == null)) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "task.error.owner");
        }
        TaskOwner owner = body.ownerUserId() != null ? TaskOwner.user(body.ownerUserId())
                : TaskOwner.role(body.ownerRole());
        TaskView created = tasks.openByHand(new NewTask(body.title(), body.description(), body.kind(),
                body.orgUnitId(), owner, null, body.dueDate(), body.priority()));
        return TaskResponse.of(created, LocalDate.now(clock));
    }

    @PostMapping("/{id}/complete")
    @PreAuthorize("isAuthenticated()")
    TaskResponse complete(@AuthenticationPrincipal VigilPrincipal me, @PathVariable UUID id,
            @Valid @RequestBody(required = false) Completion body) {
        Completion completion = body == null ? new Completion(null, null) : body;
        return TaskResponse.of(tasks.changeStatus(id, me.userId(), TaskStatus.DONE, completion.note(),
                completion.version()), LocalDate.now(clock));
    }

    @PostMapping("/{id}/status")
    @PreAuthorize("isAuthenticated()")
    TaskResponse status(@AuthenticationPrincipal VigilPrincipal me, @PathVariable UUID id,
            @Valid @RequestBody StatusChange body) {
        return TaskResponse.of(tasks.changeStatus(id, me.userId(), body.status(), body.note(), body.version()),
                LocalDate.now(clock));
    }

    private static PageRequest pageOf(int page, int size) {
        return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100));
    }
}
