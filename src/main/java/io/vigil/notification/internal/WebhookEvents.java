package io.vigil.notification.internal;

import io.vigil.task.TaskChanged;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Turns task changes into queued webhook deliveries, in the transaction of the change. */
@Component
class WebhookEvents {

    private final Webhooks webhooks;

    WebhookEvents(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @EventListener
    void on(TaskChanged event) {
        webhooks.enqueue("task." + event.action().toLowerCase(Locale.ROOT), event.task(), Map.of());
    }
}
