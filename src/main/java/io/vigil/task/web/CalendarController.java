package io.vigil.task.web;

import io.vigil.shared.security.VigilPrincipal;
import io.vigil.shared.web.PublicEndpoint;
import io.vigil.task.TaskFilter;
import io.vigil.task.TaskStatus;
import io.vigil.task.internal.CalendarFeeds;
import io.vigil.task.internal.ObligationService;
import io.vigil.task.internal.TaskService;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The calendar (month grid or list of what falls due), the obligation list, and the per-user iCalendar feed. */
@Controller
class CalendarController {

    private final TaskService tasks;
    private final ObligationService obligations;
    private final CalendarFeeds feeds;
    private final Clock clock;

    CalendarController(TaskService tasks, ObligationService obligations, CalendarFeeds feeds, Clock clock) {
        this.tasks = tasks;
        this.obligations = obligations;
        this.feeds = feeds;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    @PreAuthorize("isAuthenticated()")
    String month(@AuthenticationPrincipal VigilPrincipal me, @RequestParam(required = false) String month,
            @RequestParam(defaultValue = "month") String view, Model model) {
        LocalDate today = LocalDate.now(clock);
        YearMonth shown = parse(month, YearMonth.from(today));
        LocalDate from = shown.atDay(1);
        LocalDate to = shown.atEndOfMonth();
        int window = (int) ChronoUnit.DAYS.between(today, to);
        TaskFilter filter = new TaskFilter(EnumSet.allOf(TaskStatus.class), null, null, null, window);
        var dueTasks = tasks.mine(me.userId(), filter, PageRequest.of(0, 500)).getContent().stream()
                .filter(t -> !t.dueDate().isBefore(from)).toList();
        var duePeriods = obligations.dueBetween(from, to);
        model.addAttribute("tasks", dueTasks);
        model.addAttribute("periods", duePeriods);
        model.addAttribute("view", "list".equals(view) ? "list" : "month");
        model.addAttribute("grid", MonthGrid.of(shown, today, dueTasks, duePeriods));
        model.addAttribute("obligations", obligations.visible(PageRequest.of(0, 200, Sort.by("code"))).getContent());
        model.addAttribute("month", shown);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("today", today);
        model.addAttribute("hasFeed", feeds.hasFeed(me.userId()));
        return "task/calendar";
    }

    @PostMapping("/calendar/feed-token")
    @PreAuthorize("isAuthenticated()")
    String renewFeed(@AuthenticationPrincipal VigilPrincipal me, HttpServletRequest request,
            RedirectAttributes redirect) {
        String secret = feeds.renew(me.userId());
        redirect.addFlashAttribute("feedUrl", ServletUriComponentsBuilder.fromContextPath(request)
                .path("/calendar/feed/{secret}.ics").buildAndExpand(secret).toUriString());
        return "redirect:/calendar";
    }

    @GetMapping("/calendar/feed/{secret}.ics")
    @PublicEndpoint("calendar clients cannot log in; the secret in the URL authenticates the feed")
    ResponseEntity<String> feed(@PathVariable String secret, HttpServletRequest request) {
        String base = ServletUriComponentsBuilder.fromContextPath(request).toUriString();
        return feeds.feed(secret, base)
                .map(ics -> ResponseEntity.ok().contentType(new MediaType("text", "calendar",
                        java.nio.charset.StandardCharsets.UTF_8)).body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static YearMonth parse(String month, YearMonth fallback) {
        try {
            return month == null ? fallback : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
