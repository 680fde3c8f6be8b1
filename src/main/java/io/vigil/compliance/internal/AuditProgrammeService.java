package io.vigil.compliance.internal;

import io.vigil.identity.Role;
import io.vigil.identity.RoleHolders;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.web.VigilException;
import io.vigil.task.NewTask;
import io.vigil.task.RelatedRecord;
import io.vigil.task.TaskOwner;
import io.vigil.task.TaskPriority;
import io.vigil.task.Tasks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit programme: audits, their findings and the corrective actions that close them, each
 * action tracked as a task. A nonconformity closes only once it has a corrective action; closing a
 * finding records the verification of effectiveness and closes the actions still open. External
 * auditors named on an audit read it during its fieldwork window ({@link AuditEngagements}).
 */
@Service
@Transactional
public class AuditProgrammeService {

    static final String ACTION_TASK = "CORRECTIVE_ACTION";

    public record AuditData(String title, Audit.Type type, UUID orgUnitId, String scope, UUID frameworkId,
            String auditors, String plan, Set<UUID> externalAuditorIds, LocalDate plannedStart, LocalDate plannedEnd) {

        public AuditData {
            externalAuditorIds = externalAuditorIds == null ? Set.of() : Set.copyOf(externalAuditorIds);
        }

        public AuditData(String title, Audit.Type type, UUID orgUnitId, String scope, UUID frameworkId,
                String auditors, LocalDate plannedStart, LocalDate plannedEnd) {
            this(title, type, orgUnitId, scope, frameworkId, auditors, null, Set.of(), plannedStart, plannedEnd);
        }
    }

    public record ActionData(String rootCause, String action, UUID ownerId, LocalDate dueOn) {
    }

    /** A finding with its corrective actions. */
    public record FindingView(AuditFinding finding, List<CorrectiveAction> actions) {
    }

    private final ComplianceAuditRepository audits;
    private final AuditFindingRepository findings;
    private final CorrectiveActionRepository actions;
    private final AuditEngagements engagements;
    private final RoleHolders roleHolders;
    private final DataScope scope;
    private final Tasks tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuditProgrammeService(ComplianceAuditRepository audits, AuditFindingRepository findings,
            CorrectiveActionRepository actions, AuditEngagements engagements, RoleHolders roleHolders, DataScope scope,
            Tasks tasks, ApplicationEventPublisher events, Clock clock) {
        this.audits = audits;
        this.findings = findings;
        this.actions = actions;
        this.engagements = engagements;
        this.roleHolders = roleHolders;
        this.scope = scope;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    public Audit plan(AuditData d) {
        scope.requireAccess(ControlService.WRITE, d.orgUnitId(), "OrgUnit", d.orgUnitId());
        validate(d);
        Audit a = new Audit(UUID.randomUUID(), d.title().strip(), d.type(), d.orgUnitId(), d.scope().strip(),
                d.frameworkId(), d.auditors(), d.plannedStart(), d.plannedEnd(), clock.instant());
        a.update(a.title(), a.type(), a.orgUnitId(), a.scope(), a.frameworkId(), blankToNull(d.auditors()),
                blankToNull(d.plan()), d.externalAuditorIds(), a.plannedStart(), a.plannedEnd(), null, clock.instant());
        a = audits.saveAndFlush(a);
        events.publishEvent(AuditableEvent.change("CREATED", "Audit", a.id(), a.orgUnitId(),
                "Audit " + a.title() + " planned", Map.of(), a.audited()));
        return a;
    }

    public Audit update(UUID id, AuditData d, Audit.Status status, long expectedVersion) {
        Audit a = load(id, ControlService.WRITE);
        scope.requireAccess(ControlService.WRITE, d.orgUnitId(), "OrgUnit", d.orgUnitId());
        if (a.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Audit.class, id);
        }
        validate(d);
        Map<String, Object> before = a.audited();
        a.update(d.title().strip(), d.type(), d.orgUnitId(), d.scope().strip(), d.frameworkId(),
                blankToNull(d.auditors()), blankToNull(d.plan()), d.externalAuditorIds(), d.plannedStart(),
                d.plannedEnd(), status, clock.instant());
        audits.saveAndFlush(a);
        events.publishEvent(AuditableEvent.change("UPDATED", "Audit", a.id(), a.orgUnitId(),
                "Audit " + a.title() + " updated", before, a.audited()));
        return a;
    }

    private void validate(AuditData d) {
        if (d.title() == null || d.title().isBlank() || d.type() == null || d.scope() == null || d.scope().isBlank()
                || d.plannedStart() == null || d.plannedEnd() == null) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "compliance.audit.required");
        }
        if (d.plannedEnd().isBefore(d.plannedStart())) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "compliance.audit.dates");
        }
        for (UUID user : d.externalAuditorIds()) {
            if (!isAuditor(user)) {
                throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "compliance.audit.notAuditor", user);
            }
        }
    }

    /** Only holders of the Auditor or External auditor role may be named on an audit. */
    public boolean isAuditor(UUID userId) {
        return roleHolders.candidateKeys(userId).stream()
                .anyMatch(k -> k.startsWith(Role.AUDITOR.name() + ":") || k.startsWith(Role.EXTERNAL_AUDITOR.name() + ":"));
    }

    @Transactional(readOnly = true)
    public Page<Audit> list(Pageable pageable) {
        Set<UUID> units = scope.visibleUnits(ControlService.READ).ids();
        Set<UUID> engaged = engagements.current().auditIds();
        return audits.findVisible(units.isEmpty() ? Set.of(new UUID(0, 0)) : units,
                engaged.isEmpty() ? Set.of(new UUID(0, 0)) : engaged, pageable);
    }

    @Transactional(readOnly = true)
    public Audit get(UUID id) {
        return load(id, ControlService.READ);
    }

    @Transactional(readOnly = true)
    public List<AuditFinding> findings(UUID auditId) {
        load(auditId, ControlService.READ);
        return findings.findByAuditIdOrderByCreatedAt(auditId);
    }

    /** The audit's findings with their actions: two queries whatever the number of findings. */
    @Transactional(readOnly = true)
    public List<FindingView> findingViews(UUID auditId) {
        List<AuditFinding> all = findings(auditId);
        Map<UUID, List<CorrectiveAction>> byFinding = new LinkedHashMap<>();
        if (!all.isEmpty()) {
            actions.findByFindingIdInOrderByCreatedAt(all.stream().map(AuditFinding::id).toList())
                    .forEach(ca -> byFinding.computeIfAbsent(ca.findingId(), k -> new ArrayList<>()).add(ca));
        }
        return all.stream().map(f -> new FindingView(f, byFinding.getOrDefault(f.id(), List.of()))).toList();
    }

    public AuditFinding record(UUID auditId, AuditFinding.Severity severity, String title, String description,
            UUID requirementId) {
        Audit a = load(auditId, ControlService.WRITE);
        if (severity == null || title == null || title.isBlank()) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "compliance.finding.required");
        }
        AuditFinding f = findings.saveAndFlush(new AuditFinding(UUID.randomUUID(), a.id(), severity, title.strip(),
                blankToNull(description), requirementId, clock.instant()));
        events.publishEvent(AuditableEvent.change("FINDING_RECORDED", "Audit", a.id(), a.orgUnitId(),
                severity + " finding: " + f.title(), Map.of(), Map.of("findingId", f.id(), "severity", severity)));
        return f;
    }

    /**
     * The API's single "plan the corrective action" (kept for existing clients): plans or re-plans
     * the finding's first action, whose id is the finding's.
     */
    public AuditFinding planAction(UUID findingId, String rootCause, String action, UUID ownerId, LocalDate dueOn,
            long expectedVersion) {
        AuditFinding f = finding(findingId, expectedVersion);
        var existing = actions.findById(findingId);
        if (existing.isPresent()) {
            CorrectiveAction ca = existing.get();
            updateAction(ca.id(), new ActionData(rootCause, action, ownerId, dueOn), ca.version());
        } else {
            addAction(f, findingId, new ActionData(rootCause, action, ownerId, dueOn));
        }
        return findings.findById(findingId).orElseThrow();
    }

    /** Adds a corrective action to a finding and opens its task for the owner (or the compliance managers). */
    public CorrectiveAction addAction(UUID findingId, ActionData d) {
        AuditFinding f = findings.findById(findingId).orElseThrow(() -> new RecordNotFoundException("AuditFinding", findingId));
        return addAction(f, UUID.randomUUID(), d);
    }

    private CorrectiveAction addAction(AuditFinding f, UUID actionId, ActionData d) {
        Audit a = load(f.auditId(), ControlService.WRITE);
        if (f.status() == AuditFinding.Status.CLOSED) {
            throw new VigilException(HttpStatus.CONFLICT, "illegal-transition", "compliance.finding.closed");
        }
        requireAction(d);
        CorrectiveAction ca = actions.saveAndFlush(new CorrectiveAction(actionId, f.id(), d.rootCause().strip(),
                d.action().strip(), d.ownerId(), d.dueOn(), clock.instant()));
        if (f.status() == AuditFinding.Status.OPEN) {
            f.actionPlanned(clock.instant());
            findings.saveAndFlush(f);
        }
        openTask(a, f, ca);
        events.publishEvent(AuditableEvent.change("ACTION_PLANNED", "AuditFinding", f.id(), a.orgUnitId(),
                "Corrective action planned for " + f.title(), Map.of(), ca.audited()));
        return ca;
    }

    public CorrectiveAction updateAction(UUID actionId, ActionData d, long expectedVersion) {
        CorrectiveAction ca = action(actionId, expectedVersion);
        AuditFinding f = findings.findById(ca.findingId()).orElseThrow();
        Audit a = load(f.auditId(), ControlService.WRITE);
        if (ca.status() == CorrectiveAction.Status.CLOSED) {
            throw new VigilException(HttpStatus.CONFLICT, "illegal-transition", "compliance.action.closed");
        }
        requireAction(d);
        Map<String, Object> before = ca.audited();
        ca.plan(d.rootCause().strip(), d.action().strip(), d.ownerId(), d.dueOn(), clock.instant());
        actions.saveAndFlush(ca);
        tasks.reschedule(related(a, ca), d.dueOn());
        events.publishEvent(AuditableEvent.change("ACTION_UPDATED", "AuditFinding", f.id(), a.orgUnitId(),
                "Corrective action of " + f.title() + " updated", before, ca.audited()));
        return ca;
    }

    /** The owner reports the action done: its task is fulfilled; it waits for the verification. */
    public CorrectiveAction implemented(UUID actionId, String note, long expectedVersion) {
        CorrectiveAction ca = action(actionId, expectedVersion);
        AuditFinding f = findings.findById(ca.findingId()).orElseThrow();
        Audit a = load(f.auditId(), ControlService.WRITE);
        if (ca.status() != CorrectiveAction.Status.OPEN) {
            throw new VigilException(HttpStatus.CONFLICT, "illegal-transition", "compliance.action.notOpen",
                    ca.status());
        }
        ca.implemented(blankToNull(note), LocalDate.now(clock), clock.instant());
        actions.saveAndFlush(ca);
        tasks.fulfil(related(ca), "implemented" + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        events.publishEvent(AuditableEvent.change("ACTION_IMPLEMENTED", "AuditFinding", f.id(), a.orgUnitId(),
                "Corrective action of " + f.title() + " implemented", Map.of(), ca.audited()));
        return ca;
    }

    /**
     * The owner completed the action's task in the task list: the action counts as implemented, as if
     * reported on the audit page (the task is already done, so it is not fulfilled again). Completing
     * one's own task is the authority here; the owner need not hold {@code compliance:write}.
     */
    void implementedFromTask(UUID actionId) {
        actions.findById(actionId).filter(ca -> ca.status() == CorrectiveAction.Status.OPEN).ifPresent(ca -> {
            AuditFinding f = findings.findById(ca.findingId()).orElseThrow();
            Audit a = audits.findById(f.auditId()).orElseThrow();
            ca.implemented("done in the task list", LocalDate.now(clock), clock.instant());
            actions.saveAndFlush(ca);
            events.publishEvent(AuditableEvent.change("ACTION_IMPLEMENTED", "AuditFinding", f.id(), a.orgUnitId(),
                    "Corrective action of " + f.title() + " implemented (task done)", Map.of(), ca.audited()));
        });
    }

    /** Verification of effectiveness: effective closes the action; not effective reopens it with a new task. */
    public CorrectiveAction verify(UUID actionId, String verification, boolean effective, long expectedVersion) {
        CorrectiveAction ca = action(actionId, expectedVersion);
        AuditFinding f = findings.findById(ca.findingId()).orElseThrow();
        Audit a = load(f.auditId(), ControlService.WRITE);
        if (ca.status() != CorrectiveAction.Status.IMPLEMENTED) {
            throw new VigilException(HttpStatus.CONFLICT, "illegal-transition", "compliance.action.notImplemented",
                    ca.status());
        }
        if (verification == null || verification.isBlank()) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "compliance.finding.verificationRequired");
        }
        ca.verified(verification.strip(), effective, LocalDate.now(clock), clock.instant());
        actions.saveAndFlush(ca);
        if (!effective) {
            openTask(a, f, ca);
        }
        events.publishEvent(AuditableEvent.change(effective ? "ACTION_CLOSED" : "ACTION_REOPENED", "AuditFinding",
                f.id(), a.orgUnitId(), "Corrective action of " + f.title() + (effective ? " verified effective"
                        : " found ineffective"), Map.of(), ca.audited()));
        return ca;
    }

    /**
     * Closes the finding after the verification of effectiveness; actions still open are closed with
     * it (and their tasks fulfilled). A nonconformity needs at least one corrective action first.
     */
    public AuditFinding close(UUID findingId, String verification, long expectedVersion) {
        AuditFinding f = finding(findingId, expectedVersion);
        Audit a = load(f.auditId(), ControlService.WRITE);
        if (f.status() == AuditFinding.Status.CLOSED
                || (f.severity().nonconformity() && f.status() != AuditFinding.Status.ACTION_PLANNED)) {
            throw new VigilException(HttpStatus.CONFLICT, "illegal-transition", "compliance.finding.needsAction");
        }
        if (verification == null || verification.isBlank()) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "compliance.finding.verificationRequired");
        }
        LocalDate today = LocalDate.now(clock);
        for (CorrectiveAction ca : actions.findByFindingIdOrderByCreatedAt(f.id())) {
            if (ca.status() != CorrectiveAction.Status.CLOSED) {
                ca.verified(verification.strip(), true, today, clock.instant());
                tasks.fulfil(related(ca), "verified: " + verification.strip());
            }
        }
        f.close(verification.strip(), today, clock.instant());
        findings.saveAndFlush(f);
        events.publishEvent(AuditableEvent.change("CLOSED", "AuditFinding", f.id(), a.orgUnitId(),
                "AuditFinding closed: " + f.title(), Map.of(), Map.of("verification", verification.strip())));
        return f;
    }

    /**
     * Turns an assessment's gaps into findings of a compliance audit (non-compliant: minor
     * nonconformity; partly compliant: observation), each then tracked through its corrective actions.
     */
    public Audit fromGaps(AssessmentService.AssessmentView view) {
        Assessment a = view.assessment();
        LocalDate today = LocalDate.now(clock);
        Audit audit = plan(new AuditData("Gaps of " + a.name(), Audit.Type.COMPLIANCE, a.orgUnitId(), a.scope(),
                a.frameworkId(), null, today, today));
        for (AssessmentService.Line gap : view.gaps()) {
            record(audit.id(), gap.status() == io.vigil.compliance.ComplianceStatus.NON_COMPLIANT
                    ? AuditFinding.Severity.MINOR : AuditFinding.Severity.OBSERVATION,
                    gap.requirement().ref() + " " + gap.requirement().title(), "Gap found in " + a.name(),
                    gap.requirement().id());
        }
        return audit;
    }

    private void openTask(Audit a, AuditFinding f, CorrectiveAction ca) {
        TaskOwner owner = ca.ownerId() != null ? TaskOwner.user(ca.ownerId()) : TaskOwner.role(Role.COMPLIANCE_MANAGER);
        tasks.open(new NewTask("Corrective action: " + f.title(), ca.action(), ACTION_TASK, a.orgUnitId(), owner,
                related(a, ca), ca.dueOn(),
                f.severity() == AuditFinding.Severity.MAJOR ? TaskPriority.HIGH : TaskPriority.NORMAL));
    }

    private RelatedRecord related(CorrectiveAction ca) {
        AuditFinding f = findings.findById(ca.findingId()).orElseThrow();
        return related(audits.findById(f.auditId()).orElseThrow(), ca);
    }

    static RelatedRecord related(Audit a, CorrectiveAction ca) {
        return new RelatedRecord("compliance", "CorrectiveAction", ca.id().toString(),
                "/compliance/audits/" + a.id() + "#action-" + ca.id());
    }

    private static void requireAction(ActionData d) {
        if (d.rootCause() == null || d.rootCause().isBlank() || d.action() == null || d.action().isBlank()
                || d.dueOn() == null) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "compliance.finding.actionRequired");
        }
    }

    private CorrectiveAction action(UUID id, long expectedVersion) {
        CorrectiveAction ca = actions.findById(id).orElseThrow(() -> new RecordNotFoundException("CorrectiveAction", id));
        AuditFinding f = findings.findById(ca.findingId()).orElseThrow();
        load(f.auditId(), ControlService.READ);
        if (ca.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(CorrectiveAction.class, id);
        }
        return ca;
    }

    private AuditFinding finding(UUID id, long expectedVersion) {
        AuditFinding f = findings.findById(id).orElseThrow(() -> new RecordNotFoundException("AuditFinding", id));
        load(f.auditId(), ControlService.READ);
        if (f.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(AuditFinding.class, id);
        }
        return f;
    }

    /** Read: the caller's units or an open engagement on this very audit. Write: {@code compliance:write} on the unit. */
    private Audit load(UUID id, String permission) {
        Audit a = audits.findById(id).orElseThrow(() -> new RecordNotFoundException("Audit", id));
        boolean allowed = ControlService.READ.equals(permission)
                ? scope.canAccess(permission, a.orgUnitId()) || engagements.current().coversAudit(id)
                : scope.canAccess(permission, a.orgUnitId());
        if (!allowed) {
            throw new RecordNotFoundException("Audit", id);
        }
        return a;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Set<UUID> ids(List<UUID> ids) {
        return ids == null ? Set.of() : new LinkedHashSet<>(ids);
    }
}
