package io.vigil.compliance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An assessment of one framework for one scope (an org unit, a site or a system). */
@Entity
@Table(name = "cmp_assessment")
public class Assessment {

    @Id
    private UUID id;

    @Column(name = "framework_id", nullable = false)
    private UUID frameworkId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String scope;

    @Column(name = "org_unit_id", nullable = false)
    private UUID orgUnitId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected Assessment() {
    }

    public Assessment(UUID id, UUID frameworkId, String name, String scope, UUID orgUnitId, Instant now) {
        this.id = id;
        this.frameworkId = frameworkId;
        this.name = name;
        this.scope = scope;
        this.orgUnitId = orgUnitId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public UUID id() { return id; }
    public UUID frameworkId() { return frameworkId; }
    public String name() { return name; }
    public String scope() { return scope; }
    public UUID orgUnitId() { return orgUnitId; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version == null ? 0 : version; }
}
