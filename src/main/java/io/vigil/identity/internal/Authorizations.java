package io.vigil.identity.internal;

import io.vigil.identity.Permission;
import io.vigil.identity.Role;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Resolves a user's effective permissions from their role assignments. */
@Component
public class Authorizations {

    private final RoleAssignmentRepository assignments;

    Authorizations(RoleAssignmentRepository assignments) {
        this.assignments = assignments;
    }

    public Set<String> permissionKeys(UUID userId) {
        Set<String> keys = new TreeSet<>();
        for (RoleAssignment assignment : assignments.findByUserId(userId)) {
            Role role = assignment.getRole();
            role.permissions().stream().map(Permission::key).forEach(keys::add);
        }
        return keys;
    }
}
