package io.vigil.notification.web;

import io.vigil.identity.OrgUnitView;
import io.vigil.identity.OrgUnits;
import io.vigil.identity.Permission;
import io.vigil.notification.internal.Webhooks;
import io.vigil.notification.internal.Webhooks.CreatedWebhook;
import io.vigil.shared.web.VigilException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens for the outbound webhooks of the units the caller manages tasks in (like the webhooks API). */
@Controller
class WebhookPageController {

    private final Webhooks webhooks;
    private final OrgUnits orgUnits;

    WebhookPageController(Webhooks webhooks, OrgUnits orgUnits) {
        this.webhooks = webhooks;
        this.orgUnits = orgUnits;
    }

    @GetMapping("/admin/webhooks")
    @PreAuthorize("hasAuthority('task:manage')")
    String list(Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        List<OrgUnitView> units = orgUnits.visibleTo(Permission.TASK_MANAGE);
        model.addAttribute("webhooks", webhooks.visible());
        model.addAttribute("unitNames", units.stream()
                .collect(Collectors.toMap(OrgUnitView::id, u -> u.displayName(locale), (a, b) -> a)));
        model.addAttribute("unitOptions", units);
        model.addAttribute("eventTypes", new TreeSet<>(Webhooks.EVENT_TYPES));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new WebhookForm("", "", null, Set.of()));
        }
        return "notification/webhooks";
    }

    @PostMapping("/admin/webhooks")
    @PreAuthorize("hasAuthority('task:manage')")
    String create(WebhookForm form, Model model) {
        String problem = form.name() == null || form.name().isBlank() || form.name().length() > 100
                ? "webhook.error.name" : null;
        if (problem == null) {
            try {
                CreatedWebhook created = webhooks.create(form.name().trim(), form.url() == null ? "" : form.url().trim(),
                        form.orgUnitId(), form.eventTypes() == null ? Set.of() : form.eventTypes());
                // shown on this response only: the secret is never displayed again
                model.addAttribute("created", created);
                return "notification/webhook-created";
            } catch (VigilException invalid) {
                model.addAttribute("error", invalid);
            }
        } else {
            model.addAttribute("error", new VigilException(org.springframework.http.HttpStatus.BAD_REQUEST,
                    "validation", problem));
        }
        model.addAttribute("form", form);
        return list(model);
    }

    @PostMapping("/admin/webhooks/{id}/deactivate")
    @PreAuthorize("hasAuthority('task:manage')")
    String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        webhooks.deactivate(id);
        redirect.addFlashAttribute("deactivated", true);
        return "redirect:/admin/webhooks";
    }

    @GetMapping("/admin/webhooks/{id}/deliveries")
    @PreAuthorize("hasAuthority('task:manage')")
    String deliveries(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("webhook", webhooks.visible().stream().filter(w -> w.id().equals(id)).findFirst()
                .orElseThrow(() -> new io.vigil.shared.security.RecordNotFoundException("Webhook", id)));
        model.addAttribute("deliveries", webhooks.deliveriesOf(id, PageRequest.of(Math.max(page, 0), 25)));
        return "notification/webhook-deliveries";
    }

    record WebhookForm(String name, String url, UUID orgUnitId, Set<String> eventTypes) {

        public boolean wants(String eventType) {
            return eventTypes != null && eventTypes.contains(eventType);
        }
    }

}
