package io.vigil.identity.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoleAssignmentRepository extends JpaRepository<RoleAssignment, UUID> {

    List<RoleAssignment> findByUserId(UUID userId);

    long countByUserIdAndRole(UUID userId, io.vigil.identity.Role role);

    boolean existsByUserIdAndRoleAndOrgUnitId(UUID userId, io.vigil.identity.Role role, UUID orgUnitId);
}
