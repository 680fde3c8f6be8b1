package io.vigil.compliance.internal;

import io.vigil.identity.OrgUnitView;
import io.vigil.identity.OrgUnits;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.VigilPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Read access that an audit grants to the external auditors it names (ADR 0005): while the audit's
 * fieldwork window is open (its planned dates, inclusive), they read the audit and its findings and
 * the controls, evidence and assessments of the audit's org unit and the units below it. Nothing
 * else, and never a write: writes still need {@code compliance:write} on the unit. Outside the
 * window the grant is gone (404, like any record out of scope). Read fresh on every check.
 */
@Component
public class AuditEngagements {

    /** What the current principal may read through open audits; empty for everybody else. */
    public record Engagement(Set<UUID> auditIds, Set<UUID> units) {

        static final Engagement NONE = new Engagement(Set.of(), Set.of());

        public boolean coversAudit(UUID auditId) {
            return auditIds.contains(auditId);
        }

        public boolean coversUnit(UUID unitId) {
            return unitId != null && units.contains(unitId);
        }

        public boolean isEmpty() {
            return auditIds.isEmpty();
        }
    }

    private final ComplianceAuditRepository audits;
    private final OrgUnits orgUnits;
    private final DataScope scope;
    private final Clock clock;

    AuditEngagements(ComplianceAuditRepository audits, OrgUnits orgUnits, DataScope scope, Clock clock) {
        this.audits = audits;
        this.orgUnits = orgUnits;
        this.scope = scope;
        this.clock = clock;
    }

    public Engagement current() {
        UUID user = VigilPrincipal.current().map(VigilPrincipal::userId).orElse(null);
        if (user == null) {
            return Engagement.NONE;
        }
        List<Audit> open = audits.engaging(user, LocalDate.now(clock));
        if (open.isEmpty()) {
            return Engagement.NONE;
        }
        Set<UUID> ids = new HashSet<>();
        Set<UUID> units = new HashSet<>();
        open.forEach(a -> {
            ids.add(a.id());
            units.add(a.orgUnitId());
        });
        // tree order: parents before children, so one pass collects every subtree
        for (OrgUnitView u : orgUnits.all()) {
            if (u.parentId() != null && units.contains(u.parentId())) {
                units.add(u.id());
            }
        }
        return new Engagement(Set.copyOf(ids), Set.copyOf(units));
    }

    /** The caller reads records of this unit through its own assignments or an open audit. */
    public boolean canRead(UUID unitId) {
        return scope.canAccess(ControlService.READ, unitId) || current().coversUnit(unitId);
    }

    /** Units whose records the caller reads: its own plus those of its open audits. */
    public Set<UUID> readableUnits() {
        Set<UUID> out = new HashSet<>(scope.visibleUnits(ControlService.READ).ids());
        out.addAll(current().units());
        return out;
    }
}
