package io.vigil.notification.internal;

import io.vigil.identity.OrgUnitView;
import io.vigil.identity.OrgUnits;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.web.VigilException;
import io.vigil.task.TaskView;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhook subscriptions and the delivery queue. Events are queued in the transaction of the change
 * that caused them (an outbox), so a rolled-back change sends nothing; {@link WebhookSender}
 * delivers them from the locked job.
 */
@Service
@Transactional
public class Webhooks {

    public static final Set<String> EVENT_TYPES = Set.of("task.created", "task.updated", "task.status_changed",
            "task.completed", "task.cancelled", "task.reminder", "task.escalated");
    static final String MANAGE = "task:manage";
    private static final SecureRandom RANDOM = new SecureRandom();

    public record WebhookView(UUID id, String name, String url, UUID orgUnitId, Set<String> eventTypes, boolean active,
            long version) {
    }

    /** The answer to creating a webhook: the only time its signing secret is shown. */
    public record CreatedWebhook(WebhookView webhook, String secret) {
    }

    public record DeliveryView(UUID id, String eventType, String status, int attempts, Integer lastStatusCode,
            String lastError, java.time.Instant createdAt, java.time.Instant nextAttemptAt,
            java.time.Instant deliveredAt) {
    }

    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final OrgUnits units;
    private final DataScope scope;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Webhooks(WebhookRepository webhooks, WebhookDeliveryRepository deliveries, OrgUnits units, DataScope scope,
            JsonMapper json, ApplicationEventPublisher events, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.units = units;
        this.scope = scope;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    public CreatedWebhook create(String name, String url, UUID orgUnitId, Set<String> eventTypes) {
        if (orgUnitId == null || units.find(orgUnitId).isEmpty() || !scope.canAccess(MANAGE, orgUnitId)) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "obligation.error.unit");
        }
        if (!validUrl(url)) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "webhook.error.url");
        }
        if (eventTypes == null || eventTypes.isEmpty() || !EVENT_TYPES.containsAll(eventTypes)) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "webhook.error.eventTypes",
                    String.join(", ", new java.util.TreeSet<>(EVENT_TYPES)));
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = HexFormat.of().formatHex(random);
        Webhook webhook = webhooks.save(new Webhook(name, url, secret, orgUnitId, eventTypes, clock.instant()));
        events.publishEvent(AuditableEvent.of("CREATED", "Webhook", webhook.getId(), orgUnitId,
                "Webhook '" + name + "' to " + URI.create(url).getHost() + " created"));
        return new CreatedWebhook(view(webhook), secret);
    }

    @Transactional(readOnly = true)
    public List<WebhookView> visible() {
        return webhooks.findByOrgUnitIdInOrderByName(scope.visibleUnits(MANAGE).forQuery()).stream()
                .map(Webhooks::view).toList();
    }

    public void deactivate(UUID id) {
        Webhook webhook = managed(id);
        webhook.deactivate();
        events.publishEvent(AuditableEvent.of("DEACTIVATED", "Webhook", id, webhook.getOrgUnitId(),
                "Webhook '" + webhook.getName() + "' deactivated"));
    }

    @Transactional(readOnly = true)
    public Page<DeliveryView> deliveriesOf(UUID id, Pageable pageable) {
        managed(id);
        return deliveries.findByWebhookIdOrderByCreatedAtDesc(id, pageable).map(d -> new DeliveryView(d.getId(),
                d.getEventType(), d.getStatus().name(), d.getAttempts(), d.getLastStatusCode(), d.getLastError(),
                d.getCreatedAt(), d.getNextAttemptAt(), d.getDeliveredAt()));
    }

    /** Queues {@code eventType} about {@code task} for every active webhook of the task's unit or an ancestor. */
    void enqueue(String eventType, TaskView task, Map<String, Object> extra) {
        List<Webhook> candidates = webhooks.findByActiveTrue().stream().filter(w -> w.wants(eventType)).toList();
        if (candidates.isEmpty()) {
            return;
        }
        Set<UUID> unitAndAncestors = ancestorsOf(task.orgUnitId());
        for (Webhook webhook : candidates) {
            if (!unitAndAncestors.contains(webhook.getOrgUnitId())) {
                continue;
            }
            UUID deliveryId = UUID.randomUUID();
            Map<String, Object> taskJson = new LinkedHashMap<>();
            taskJson.put("id", task.id().toString());
            taskJson.put("title", task.title());
            taskJson.put("kind", task.kind());
            taskJson.put("orgUnitId", task.orgUnitId().toString());
            taskJson.put("dueDate", task.dueDate().toString());
            taskJson.put("status", task.status().name());
            taskJson.put("priority", task.priority().name());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("id", deliveryId.toString());
            payload.put("type", eventType);
            payload.put("occurredAt", clock.instant().toString());
            payload.put("task", taskJson);
            payload.putAll(extra);
            deliveries.save(new WebhookDelivery(deliveryId, webhook.getId(), eventType,
                    json.writeValueAsString(payload), clock.instant()));
        }
    }

    private Set<UUID> ancestorsOf(UUID unitId) {
        Set<UUID> found = new HashSet<>();
        Optional<OrgUnitView> unit = units.find(unitId);
        while (unit.isPresent() && found.add(unit.get().id())) {
            unit = unit.get().parentId() == null ? Optional.empty() : units.find(unit.get().parentId());
        }
        return found;
    }

    private Webhook managed(UUID id) {
        Webhook webhook = webhooks.findById(id).orElseThrow(() -> new RecordNotFoundException("Webhook", id));
        scope.requireAccess(MANAGE, webhook.getOrgUnitId(), "Webhook", id);
        return webhook;
    }

    private static boolean validUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && url.length() <= 500;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static WebhookView view(Webhook w) {
        return new WebhookView(w.getId(), w.getName(), w.getUrl(), w.getOrgUnitId(), w.eventTypes(), w.isActive(),
                w.getVersion());
    }
}
