package io.vigil.identity.internal;

import io.vigil.identity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A role whose holders must use MFA: they are sent to enrolment at login until they have it. */
@Entity
@Table(name = "mfa_required_role")
public class MfaRequiredRole {

    @Id
    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MfaRequiredRole() {
    }

    MfaRequiredRole(Role role, Instant createdAt) {
        this.role = role;
        this.createdAt = createdAt;
    }

    public Role getRole() {
        return role;
    }
}
