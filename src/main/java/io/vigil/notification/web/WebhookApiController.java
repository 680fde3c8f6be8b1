package io.vigil.notification.web;

import io.vigil.notification.internal.Webhooks;
import io.vigil.notification.internal.Webhooks.CreatedWebhook;
import io.vigil.notification.internal.Webhooks.DeliveryView;
import io.vigil.notification.internal.Webhooks.WebhookView;
import io.vigil.shared.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/webhooks}: outbound webhooks of the units the caller manages tasks in, and their delivery log. */
@RestController
@RequestMapping("/api/v1/webhooks")
@PreAuthorize("hasAuthority('task:manage')")
class WebhookApiController {

    record CreateWebhook(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 500) String url,
            @NotNull UUID orgUnitId, @NotEmpty Set<String> eventTypes) {
    }

    private final Webhooks webhooks;

    WebhookApiController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping
    List<WebhookView> list() {
        return webhooks.visible();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreatedWebhook create(@Valid @RequestBody CreateWebhook body) {
        return webhooks.create(body.name(), body.url(), body.orgUnitId(), body.eventTypes());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deactivate(@PathVariable UUID id) {
        webhooks.deactivate(id);
    }

    @GetMapping("/{id}/deliveries")
    PageResponse<DeliveryView> deliveries(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(webhooks.deliveriesOf(id, PageRequest.of(Math.max(page, 0),
                Math.min(Math.max(size, 1), 100))), d -> d);
    }
}
