package io.vigil.identity.internal;

import io.vigil.identity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** (user, role, org unit, with or without descendants): the unit of authorization. */
@Entity
@Table(name = "role_assignment")
public class RoleAssignment {

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "org_unit_id", nullable = false)
    private UUID orgUnitId;

    @Column(name = "include_descendants", nullable = false)
    private boolean includeDescendants;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RoleAssignment() {
    }

    public RoleAssignment(UUID userId, Role role, UUID orgUnitId, boolean includeDescendants, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.role = role;
        this.orgUnitId = orgUnitId;
        this.includeDescendants = includeDescendants;
        this.createdAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getUserId() {
        return userId;
    }

    public Role getRole() {
        return role;
    }

    public UUID getOrgUnitId() {
        return orgUnitId;
    }

    public boolean isIncludeDescendants() {
        return includeDescendants;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
