package io.vigil.identity.internal;

import io.vigil.identity.Role;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MfaRequiredRoleRepository extends JpaRepository<MfaRequiredRole, Role> {

    @Query("""
            select count(a) > 0 from RoleAssignment a, MfaRequiredRole r
            where a.userId = :userId and a.role = r.role
            """)
    boolean anyRequiredRoleHeldBy(UUID userId);
}
