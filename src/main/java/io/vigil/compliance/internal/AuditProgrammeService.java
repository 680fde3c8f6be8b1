package io.vigil.compliance.internal;

import io.vigil.identity.Role;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit programme: audits, findings and their corrective actions, tracked as tasks. A
 * nonconformity closes only after its corrective action was planned and its effectiveness verified.
 */
@Service
@Transactional
public class AuditProgrammeService {

    static final String ACTION_TASK = "CORRECTIVE_ACTION";

    public record AuditData(String title, Audit.Type type, UUID orgUnitId, String scope, UUID frameworkId,
            String auditors, LocalDate plannedStart, LocalDate plannedEnd) {
    }

    private final ComplianceAuditRepository audits;
    private final AuditFindingRepository findings;
    private final DataScope scope;
    private final Tasks tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuditProgrammeService(ComplianceAuditRepository audits, AuditFindingRepository findings, DataScope scope, Tasks tasks,
            ApplicationEventPublisher events, Clock clock) {
        this.audits = audits;
        this.findings = findings;
        this.scope = scope;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    public Audit plan(AuditData d) {
        scope.requireAccess(ControlService.WRITE, d.orgUnitId(), "OrgUnit", d.orgUnitId());
        if (d.title() == null || d.title().isBlank() || d.type() == null || d.scope() == null || d.scope().isBlank()
                || d.plannedStart() == null || d.plannedEnd() == null) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "compliance.audit.required");
        }
        if (d.plannedEnd().isBefore(d.plannedStart())) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "compliance.audit.dates");
        }
        Audit a = audits.saveAndFlush(new Audit(UUID.randomUUID(), d.title().strip(), d.type(), d.orgUnitId(),
                d.scope().strip(), d.frameworkId(), d.auditors(), d.plannedStart(), d.plannedEnd(), clock.instant()));
        events.publishEvent(AuditableEvent.change("CREATED", "Audit", a.id(), a.orgUnitId(),
                "Audit " + a.title() + " planned", Map.of(), Map.of("type", a.type(), "start", a.plannedStart())));
        return a;
    }

    @Transactional(readOnly = true)
    public Page<Audit> list(Pageable pageable) {
        return audits.findByOrgUnitIdIn(scope.visibleUnits(ControlService.READ).forQuery(), pageable);
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

    public AuditFinding record(UUID auditId, AuditFinding.Severity severity, String title, String description,
            UUID requirementId) {
        Audit a = load(auditId, ControlService.WRITE);
        if (severity == null || title == null || title.isBlank()) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "compliance.finding.required");
        }
        AuditFinding f = findings.saveAndFlush(new AuditFinding(UUID.randomUUID(), a.id(), severity, title.strip(), description,
                requirementId, clock.instant()));
        events.publishEvent(AuditableEvent.change("FINDING_RECORDED", "Audit", a.id(), a.orgUnitId(),
                severity + " finding: " + f.title(), Map.of(), Map.of("findingId", f.id(), "severity", severity)));
        return f;
    }

    /** Plans the corrective action and opens its task for the owner (or the compliance managers). */
    public AuditFinding planAction(UUID findingId, String rootCause, String action, UUID ownerId, LocalDate dueOn,
            long expectedVersion) {
        AuditFinding f = finding(findingId, expectedVersion);
        Audit a = load(f.auditId(), ControlService.WRITE);
        if (f.status() == AuditFinding.Status.CLOSED) {
            throw new VigilException(HttpStatus.CONFLICT, "illegal-transition", "compliance.finding.closed");
        }
        if (rootCause == null || rootCause.isBlank() || action == null || action.isBlank() || dueOn == null) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "compliance.finding.actionRequired");
        }
        f.plan(rootCause.strip(), action.strip(), ownerId, dueOn, clock.instant());
        findings.saveAndFlush(f);
        TaskOwner owner = ownerId != null ? TaskOwner.user(ownerId) : TaskOwner.role(Role.COMPLIANCE_MANAGER);
        tasks.open(new NewTask("Corrective action: " + f.title(), action.strip(), ACTION_TASK, a.orgUnitId(), owner,
                related(f), dueOn, f.severity() == AuditFinding.Severity.MAJOR ? TaskPriority.HIGH : TaskPriority.NORMAL));
        events.publishEvent(AuditableEvent.change("ACTION_PLANNED", "AuditFinding", f.id(), a.orgUnitId(),
                "Corrective action planned for " + f.title(), Map.of(), Map.of("dueOn", dueOn, "action", action.strip())));
        return f;
    }

    /** Closes the finding after the action's effectiveness was verified; closes its task. */
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
        f.close(verification.strip(), LocalDate.now(clock), clock.instant());
        findings.saveAndFlush(f);
        tasks.fulfil(related(f), "verified: " + verification.strip());
        events.publishEvent(AuditableEvent.change("CLOSED", "AuditFinding", f.id(), a.orgUnitId(),
                "AuditFinding closed: " + f.title(), Map.of(), Map.of("verification", verification.strip())));
        return f;
    }

    private AuditFinding finding(UUID id, long expectedVersion) {
        AuditFinding f = findings.findById(id).orElseThrow(() -> new RecordNotFoundException("AuditFinding", id));
        load(f.auditId(), ControlService.READ);
        if (f.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(AuditFinding.class, id);
        }
        return f;
    }

    /**
     * Turns an assessment's gaps into findings of a compliance audit (non-compliant: minor
     * nonconformity; partly compliant: observation), each then tracked through its corrective action.
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

    static RelatedRecord related(AuditFinding f) {
        return new RelatedRecord("compliance", "AuditFinding", f.id().toString(), "/api/v1/audit-findings/" + f.id());
    }

    private Audit load(UUID id, String permission) {
        Audit a = audits.findById(id).orElseThrow(() -> new RecordNotFoundException("Audit", id));
        scope.requireAccess(permission, a.orgUnitId(), "Audit", id);
        return a;
    }
}
