package io.vigil.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** An outbound webhook: task events of its org unit's subtree, signed with its secret. */
@Entity
@Table(name = "webhook")
class Webhook {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String url;
    @Column(nullable = false)
    private String secret;
    @Column(name = "org_unit_id", nullable = false)
    private UUID orgUnitId;
    @Column(name = "event_types", nullable = false)
    private String eventTypes;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Webhook() {
    }

    Webhook(String name, String url, String secret, UUID orgUnitId, Set<String> eventTypes, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.url = url;
        this.secret = secret;
        this.orgUnitId = orgUnitId;
        this.eventTypes = String.join(",", eventTypes);
        this.active = true;
        this.createdAt = now;
    }

    boolean wants(String eventType) {
        return active && eventTypes().contains(eventType);
    }

    Set<String> eventTypes() {
        return Arrays.stream(eventTypes.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    void deactivate() {
        active = false;
    }

    UUID getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getUrl() {
        return url;
    }

    String getSecret() {
        return secret;
    }

    UUID getOrgUnitId() {
        return orgUnitId;
    }

    boolean isActive() {
        return active;
    }

    long getVersion() {
        return version;
    }
}
