package io.vigil.notification.web;

import io.vigil.notification.DeliveryMode;
import io.vigil.notification.internal.Inbox;
import io.vigil.shared.security.VigilPrincipal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The in-app inbox page, the bell's unread count and each user's e-mail preferences. */
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

    @GetMapping("/notifications/preferences")
    @PreAuthorize("isAuthenticated()")
    String preferences(@AuthenticationPrincipal VigilPrincipal me, Model model) {
        model.addAttribute("choices", inbox.choicesOf(me.userId()));
        model.addAttribute("modes", DeliveryMode.values());
        return "notification/preferences";
    }

    /** The form posts {@code mode.<KIND>=<MODE>} per kind; unknown values are ignored, not guessed. */
    @PostMapping("/notifications/preferences")
    @PreAuthorize("isAuthenticated()")
    String savePreferences(@AuthenticationPrincipal VigilPrincipal me, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        Map<String, DeliveryMode> modes = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("mode.") && name.substring(5).matches("[A-Z][A-Z0-9_]{0,63}")) {
                Arrays.stream(DeliveryMode.values()).filter(m -> m.name().equals(value)).findFirst()
                        .ifPresent(mode -> modes.put(name.substring(5), mode));
            }
        });
        inbox.preferAll(me.userId(), modes);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/notifications/preferences";
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
