package io.vigil.portal;

import io.vigil.shared.security.VigilPrincipal;
import io.vigil.task.TaskFilter;
import io.vigil.task.TaskStatus;
import io.vigil.task.Tasks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page is "My tasks": overdue first, then due soon, with the same filters as the task list. */
@Controller
class HomeController {

    private final Tasks tasks;
    private final Clock clock;

    HomeController(Tasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(@AuthenticationPrincipal VigilPrincipal me, @RequestParam(required = false) TaskStatus status,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String due, Model model) {
        if (me != null) {
            TaskFilter filter = new TaskFilter(status == null ? Set.of() : Set.of(status),
                    kind == null || kind.isBlank() ? null : kind, null,
                    "overdue".equals(due) ? Boolean.TRUE : null, "soon".equals(due) ? 7 : null);
            model.addAttribute("tasks", tasks.mine(me.userId(), filter, PageRequest.of(0, 10)));
        }
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("due", due);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "portal/home";
    }
}
