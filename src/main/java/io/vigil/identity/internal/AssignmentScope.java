package io.vigil.identity.internal;

import io.vigil.identity.OrgUnitView;
import io.vigil.identity.OrgUnits;
import io.vigil.identity.Permission;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.VigilPrincipal;
import io.vigil.shared.security.VisibleUnits;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The central data scope: a permission reaches the units of the role assignments that grant it,
 * and their subtrees where the assignment says so. Read fresh on every call so that a revoked
 * assignment takes effect on the next request, not the next login.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentScope implements DataScope, OrgUnits {

    private final RoleAssignmentRepository assignments;
    private final OrgUnitRepository units;

    AssignmentScope(RoleAssignmentRepository assignments, OrgUnitRepository units) {
        this.assignments = assignments;
        this.units = units;
    }

    @Override
    public VisibleUnits visibleUnits(String permissionKey) {
        Optional<VigilPrincipal> principal = VigilPrincipal.current();
        Optional<Permission> permission = Permission.fromKey(permissionKey);
        if (principal.isEmpty() || permission.isEmpty()) {
            return VisibleUnits.none();
        }
        return new VisibleUnits(unitsFor(principal.get().userId(), permission.get()));
    }

    Set<UUID> unitsFor(UUID userId, Permission permission) {
        Set<UUID> visible = new HashSet<>();
        for (RoleAssignment assignment : assignments.findByUserId(userId)) {
            if (!assignment.getRole().grants(permission)) {
                continue;
            }
            if (assignment.isIncludeDescendants()) {
                units.findById(assignment.getOrgUnitId())
                        .ifPresent(unit -> visible.addAll(units.findSubtreeIds(unit.getPath())));
            } else {
                visible.add(assignment.getOrgUnitId());
            }
        }
        return visible;
    }

    @Override
    public List<OrgUnitView> all() {
        return units.findAllByOrderByPathAsc().stream().map(OrgUnit::toView).toList();
    }

    @Override
    public Optional<OrgUnitView> find(UUID id) {
        return units.findById(id).map(OrgUnit::toView);
    }

    @Override
    public Optional<OrgUnitView> findByCode(String code) {
        return units.findByCode(code).map(OrgUnit::toView);
    }

    @Override
    public List<OrgUnitView> visibleTo(Permission permission) {
        VisibleUnits visible = visibleUnits(permission.key());
        return units.findAllByOrderByPathAsc().stream().filter(u -> visible.contains(u.getId()))
                .map(OrgUnit::toView).toList();
    }
}
