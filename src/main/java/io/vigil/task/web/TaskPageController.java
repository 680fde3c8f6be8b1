package io.vigil.task.web;

import io.vigil.shared.security.VigilPrincipal;
import io.vigil.task.TaskFilter;
import io.vigil.task.TaskStatus;
import io.vigil.task.internal.TaskService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The "My tasks" page (and the team view for managers), the navigation badge and completing from the list. */
@Controller
class TaskPageController {

    private final TaskService tasks;
    private final Clock clock;

    TaskPageController(TaskService tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @GetMapping("/tasks")
    @PreAuthorize("isAuthenticated()")
    String list(@AuthenticationPrincipal VigilPrincipal me, @RequestParam(defaultValue = "mine") String view,
            @RequestParam(required = false) TaskStatus status, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String due, @RequestParam(defaultValue = "0") int page, Model model) {
        TaskFilter filter = new TaskFilter(status == null ? Set.of() : Set.of(status), blankToNull(kind), null,
                "overdue".equals(due) ? Boolean.TRUE : null, "soon".equals(due) ? 7 : null);
        PageRequest pageable = PageRequest.of(Math.max(page, 0), 25);
        boolean unitView = "unit".equals(view) && me != null && hasAuthority("task:read");
        model.addAttribute("tasks", unitView ? tasks.inVisibleUnits(filter, pageable)
                : tasks.mine(me.userId(), filter, pageable));
        model.addAttribute("view", unitView ? "unit" : "mine");
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("due", due);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "task/list";
    }

    /** Loaded by htmx into the navigation: the count of the caller's active tasks. */
    @GetMapping("/tasks/badge")
    @PreAuthorize("isAuthenticated()")
    String badge(@AuthenticationPrincipal VigilPrincipal me, Model model) {
        model.addAttribute("count", tasks.countMineActive(me.userId()));
        return "task/fragments :: badge";
    }

    @PostMapping("/tasks/{id}/complete")
    @PreAuthorize("isAuthenticated()")
    String complete(@AuthenticationPrincipal VigilPrincipal me, @PathVariable UUID id,
            @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
            @RequestParam(defaultValue = "/tasks") String back) {
        tasks.changeStatus(id, me.userId(), TaskStatus.DONE, blankToNull(note), version);
        return "redirect:" + (back.startsWith("/") && !back.startsWith("//") ? back : "/tasks");
    }

    private static boolean hasAuthority(String authority) {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> authority.equals(a.getAuthority()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
