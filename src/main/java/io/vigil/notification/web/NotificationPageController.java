package io.vigil.notification.web;

import io.vigil.notification.internal.Inbox;
import io.vigil.shared.security.VigilPrincipal;
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

/** The in-app inbox page and the bell's unread count. */
@Controller
class NotificationPageController {

    private final Inbox inbox;

    NotificationPageController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/notifications")
    @PreAuthorize("isAuthenticated()")
    String list(@AuthenticationPrincipal VigilPrincipal me, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("notifications", inbox.mine(me.userId(), false, PageRequest.of(Math.max(page, 0), 25)));
        return "notification/list";
    }

    @GetMapping("/notifications/badge")
    @PreAuthorize("isAuthenticated()")
    String badge(@AuthenticationPrincipal VigilPrincipal me, Model model) {
        model.addAttribute("count", inbox.unreadCount(me.userId()));
        return "notification/list :: badge";
    }

    @PostMapping("/notifications/{id}/read")
    @PreAuthorize("isAuthenticated()")
    String read(@AuthenticationPrincipal VigilPrincipal me, @PathVariable UUID id) {
        inbox.markRead(me.userId(), id);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    @PreAuthorize("isAuthenticated()")
    String readAll(@AuthenticationPrincipal VigilPrincipal me) {
        inbox.markAllRead(me.userId());
        return "redirect:/notifications";
    }
}
