package io.vigil.identity.internal;

import io.vigil.identity.OrgUnitType;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.web.VigilException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Growing and renaming the org-unit tree (permission {@code admin:orgunits}); the root is created at first start. */
@Service
@Transactional
public class OrgUnitAdministration {

    private final OrgUnitRepository units;
    private final ApplicationEventPublisher events;

    OrgUnitAdministration(OrgUnitRepository units, ApplicationEventPublisher events) {
        this.units = units;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<OrgUnit> tree() {
        return units.findAllByOrderByPathAsc();
    }

    @Transactional(readOnly = true)
    public OrgUnit get(UUID id) {
        return units.findById(id).orElseThrow(() -> new RecordNotFoundException("OrgUnit", id));
    }

    public OrgUnit createChild(UUID parentId, String code, String name, String nameZh, OrgUnitType type) {
        OrgUnit parent = units.findById(parentId).orElseThrow(() -> new VigilException(HttpStatus.BAD_REQUEST,
                "unknown-org-unit", "identity.orgUnit.unknownParent"));
        if (type == OrgUnitType.GROUP) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "invalid-org-unit-type", "identity.orgUnit.groupIsRoot");
        }
        String normalized = code.trim().toUpperCase(java.util.Locale.ROOT);
        if (units.findByCode(normalized).isPresent()) {
            throw new VigilException(HttpStatus.CONFLICT, "org-unit-code-taken", "identity.orgUnit.codeTaken", normalized);
        }
        OrgUnit unit = units.save(OrgUnit.child(parent, normalized, name.trim(), blankToNull(nameZh), type));
        events.publishEvent(AuditableEvent.change("CREATED", "OrgUnit", unit.getId(), unit.getId(),
                "Org unit " + normalized + " created under " + parent.getCode(), Map.of(),
                Map.of("code", normalized, "name", unit.getName(), "nameZh", Objects.toString(unit.getNameZh(), ""),
                        "type", type.name(), "parent", parent.getCode())));
        return unit;
    }

    public OrgUnit rename(UUID id, long expectedVersion, String name, String nameZh) {
        OrgUnit unit = get(id);
        if (unit.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(OrgUnit.class, id);
        }
        Map<String, Object> before = Map.of("name", unit.getName(), "nameZh", Objects.toString(unit.getNameZh(), ""));
        unit.rename(name.trim(), blankToNull(nameZh));
        Map<String, Object> after = Map.of("name", unit.getName(), "nameZh", Objects.toString(unit.getNameZh(), ""));
        if (!before.equals(after)) {
            events.publishEvent(AuditableEvent.change("UPDATED", "OrgUnit", id, id, "Org unit " + unit.getCode()
                    + " renamed", before, after));
        }
        units.flush();
        return unit;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
