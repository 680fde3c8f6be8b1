package io.vigil.compliance.internal;

import io.vigil.compliance.ComplianceStatus;
import io.vigil.compliance.TestResult;
import io.vigil.identity.OrgUnitView;
import io.vigil.identity.OrgUnits;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.web.VigilException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
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
 * Assessments: each requirement's status is derived from the latest tests of the controls that
 * count towards it (linked directly or through a mapping), unless a person overrode it with a
 * reason. Only overrides and applicability decisions are stored.
 */
@Service
@Transactional
public class AssessmentService {

    /** One requirement's line in an assessment. */
    public record Line(RequirementRow requirement, ComplianceStatus status, boolean derived, String reason,
            List<ControlCoverage.ControlState> controls, boolean flagged, boolean applicable, String justification,
            AssessmentEntry.Implementation implementation, long entryVersion) {
    }

    /** An assessment with its lines in tree order and its progress over the assessable requirements. */
    public record AssessmentView(Assessment assessment, Framework framework, List<Line> lines,
            Map<ComplianceStatus, Integer> counts, int assessable) {

        public int percentAssessed() {
            return assessable == 0 ? 100
                    : (int) Math.round(100.0 * (assessable - counts.get(ComplianceStatus.NOT_ASSESSED)) / assessable);
        }

        public List<Line> gaps() {
            return lines.stream().filter(l -> l.requirement().assessable() && (l.status() == ComplianceStatus.NON_COMPLIANT
                    || l.status() == ComplianceStatus.PARTLY)).toList();
        }
    }

    private final AssessmentRepository assessments;
    private final AssessmentEntryRepository entries;
    private final EvidenceRepository evidence;
    private final FrameworkRepository frameworks;
    private final RequirementStore requirements;
    private final ControlCoverage coverage;
    private final OrgUnits orgUnits;
    private final DataScope scope;
    private final AuditEngagements engagements;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentService(AssessmentRepository assessments, AssessmentEntryRepository entries,
            EvidenceRepository evidence, FrameworkRepository frameworks, RequirementStore requirements, ControlCoverage coverage,
            OrgUnits orgUnits, DataScope scope, AuditEngagements engagements, ApplicationEventPublisher events,
            Clock clock) {
        this.engagements = engagements;
        this.assessments = assessments;
        this.entries = entries;
        this.evidence = evidence;
        this.frameworks = frameworks;
        this.requirements = requirements;
        this.coverage = coverage;
        this.orgUnits = orgUnits;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    public Assessment create(UUID frameworkId, String name, String scopeLabel, UUID orgUnitId) {
        scope.requireAccess(ControlService.WRITE, orgUnitId, "OrgUnit", orgUnitId);
        Framework f = frameworks.findById(frameworkId)
                .orElseThrow(() -> new VigilException(HttpStatus.BAD_REQUEST, "validation",
                        "compliance.assessment.unknownFramework"));
        if (name == null || name.isBlank() || scopeLabel == null || scopeLabel.isBlank()) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "compliance.assessment.required");
        }
        Assessment a = assessments.saveAndFlush(new Assessment(UUID.randomUUID(), f.id(), name.strip(),
                scopeLabel.strip(), orgUnitId, clock.instant()));
        events.publishEvent(AuditableEvent.change("CREATED", "Assessment", a.id(), orgUnitId,
                "Assessment " + a.name() + " of " + f.code() + " for " + a.scope() + " created", Map.of(),
                Map.of("framework", f.code(), "scope", a.scope())));
        return a;
    }

    @Transactional(readOnly = true)
    public Page<Assessment> list(Pageable pageable) {
        Set<UUID> units = engagements.readableUnits();
        return assessments.findByOrgUnitIdIn(units.isEmpty() ? Set.of(new UUID(0, 0)) : units, pageable);
    }

    /** Readable assessments of these units (an audit's scope). */
    @Transactional(readOnly = true)
    public List<Assessment> listIn(Set<UUID> units, Pageable pageable) {
        Set<UUID> readable = new HashSet<>(engagements.readableUnits());
        readable.retainAll(units);
        return readable.isEmpty() ? List.of() : assessments.findByOrgUnitIdIn(readable, pageable).getContent();
    }

    @Transactional(readOnly = true)
    public AssessmentView view(UUID id) {
        Assessment a = load(id, ControlService.READ);
        Framework f = frameworks.findById(a.frameworkId()).orElseThrow();
        List<RequirementRow> rows = requirements.tree(f.id());
        Map<UUID, AssessmentEntry> decided = new HashMap<>();
        entries.findByAssessmentId(id).forEach(e -> decided.put(e.requirementId(), e));
        ControlCoverage.Coverage cov = coverage.of(f.id(), subtree(a.orgUnitId()), LocalDate.now(clock));
        Map<ComplianceStatus, Integer> counts = new EnumMap<>(ComplianceStatus.class);
        for (ComplianceStatus s : ComplianceStatus.values()) {
            counts.put(s, 0);
        }
        int assessable = 0;
        List<Line> lines = new java.util.ArrayList<>(rows.size());
        for (RequirementRow r : rows) {
            AssessmentEntry e = decided.get(r.id());
            List<ControlCoverage.ControlState> controls = cov.of(r.id());
            ComplianceStatus derivedStatus = derive(controls);
            boolean applicable = e == null || e.applicable();
            ComplianceStatus status = !applicable ? ComplianceStatus.NOT_APPLICABLE
                    : e != null && e.status() != null ? e.status() : derivedStatus;
            boolean derived = applicable && (e == null || e.status() == null);
            if (r.assessable()) {
                assessable++;
                counts.merge(status, 1, Integer::sum);
            }
            lines.add(new Line(r, status, derived, e == null ? null : e.reason(), controls,
                    controls.stream().anyMatch(ControlCoverage.ControlState::flagged), applicable,
                    e == null ? null : e.justification(), e == null ? null : e.implementation(),
                    e == null ? -1 : e.version()));
        }
        return new AssessmentView(a, f, lines, counts, assessable);
    }

    /**
     * The assessment as an OSCAL assessment-results document (see {@link OscalResultsExporter});
     * the evidence of every control counting towards it is read in one query. Audited as an export.
     */
    public Map<String, Object> oscalResults(UUID id) {
        AssessmentView v = view(id);
        Set<UUID> controlIds = new HashSet<>();
        v.lines().forEach(l -> l.controls().forEach(c -> controlIds.add(c.id())));
        Map<UUID, List<Evidence>> byControl = new HashMap<>();
        if (!controlIds.isEmpty()) {
            evidence.findByControlIdIn(controlIds).stream()
                    .sorted(java.util.Comparator.comparing(Evidence::collectedOn).reversed())
                    .forEach(e -> byControl.computeIfAbsent(e.controlId(), k -> new java.util.ArrayList<>()).add(e));
        }
        Assessment a = v.assessment();
        events.publishEvent(AuditableEvent.of("EXPORTED", "Assessment", a.id(), a.orgUnitId(),
                "Results of " + a.name() + " exported as OSCAL assessment-results"));
        return OscalResultsExporter.results(v, byControl, clock.instant());
    }

    /** All tested controls effective: compliant; all ineffective: non-compliant; a mix: partly. */
    static ComplianceStatus derive(List<ControlCoverage.ControlState> controls) {
        List<TestResult> results = controls.stream().map(ControlCoverage.ControlState::lastResult)
                .filter(java.util.Objects::nonNull).toList();
        if (results.isEmpty()) {
            return ComplianceStatus.NOT_ASSESSED;
        }
        if (results.stream().allMatch(r -> r == TestResult.EFFECTIVE)) {
            return ComplianceStatus.COMPLIANT;
        }
        if (results.stream().allMatch(r -> r == TestResult.INEFFECTIVE)) {
            return ComplianceStatus.NON_COMPLIANT;
        }
        return ComplianceStatus.PARTLY;
    }

    /** Sets (or with a null status, clears) a person's status for one requirement; a reason is required. */
    public AssessmentEntry override(UUID id, UUID requirementId, ComplianceStatus status, String reason,
            Long expectedVersion) {
        Assessment a = load(id, ControlService.WRITE);
        if (status != null && (reason == null || reason.isBlank())) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "compliance.assessment.reasonRequired");
        }
        AssessmentEntry e = entry(a, requirementId, expectedVersion);
        ComplianceStatus before = e.status();
        e.override(status, status == null ? null : reason.strip(), clock.instant());
        e = entries.saveAndFlush(e);
        a.touch(clock.instant());
        events.publishEvent(AuditableEvent.change("STATUS_OVERRIDDEN", "Assessment", a.id(), a.orgUnitId(),
                "Requirement status set to " + (status == null ? "derived" : status) + " in " + a.name(),
                before == null ? Map.of() : Map.of("status", before),
                status == null ? Map.of("requirementId", requirementId)
                        : Map.of("requirementId", requirementId, "status", status, "reason", reason.strip())));
        return e;
    }

    /** Statement of Applicability: whether a requirement applies (a justification when it does not). */
    public AssessmentEntry applicability(UUID id, UUID requirementId, boolean applicable, String justification,
            AssessmentEntry.Implementation implementation, Long expectedVersion) {
        Assessment a = load(id, ControlService.WRITE);
        if (!applicable && (justification == null || justification.isBlank())) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation",
                    "compliance.soa.justificationRequired");
        }
        AssessmentEntry e = entry(a, requirementId, expectedVersion);
        e.applicability(applicable, justification == null ? null : justification.strip(), implementation,
                clock.instant());
        e = entries.saveAndFlush(e);
        events.publishEvent(AuditableEvent.change("APPLICABILITY_SET", "Assessment", a.id(), a.orgUnitId(),
                "Applicability set in " + a.name(), Map.of(),
                Map.of("requirementId", requirementId, "applicable", applicable)));
        return e;
    }

    private AssessmentEntry entry(Assessment a, UUID requirementId, Long expectedVersion) {
        RequirementRow r = requirements.byIds(List.of(requirementId)).stream()
                .filter(row -> row.frameworkId().equals(a.frameworkId())).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Requirement", requirementId));
        AssessmentEntry e = entries.findByAssessmentIdAndRequirementId(a.id(), r.id())
                .orElseGet(() -> new AssessmentEntry(UUID.randomUUID(), a.id(), r.id(), clock.instant()));
        boolean stored = e.version() >= 0 && entries.existsById(e.id());
        if (expectedVersion != null && stored && e.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(AssessmentEntry.class, e.id());
        }
        return e;
    }

    private Assessment load(UUID id, String permission) {
        Assessment a = assessments.findById(id).orElseThrow(() -> new RecordNotFoundException("Assessment", id));
        if (ControlService.READ.equals(permission) ? !engagements.canRead(a.orgUnitId())
                : !scope.canAccess(permission, a.orgUnitId())) {
            throw new RecordNotFoundException("Assessment", id);
        }
        return a;
    }

    /** Controls of the assessed unit and the units below it count towards its assessment. */
    private Set<UUID> subtree(UUID root) {
        Set<UUID> out = new HashSet<>();
        out.add(root);
        // tree order: parents come before children, so one pass collects the whole subtree
        for (OrgUnitView u : orgUnits.all()) {
            if (u.parentId() != null && out.contains(u.parentId())) {
                out.add(u.id());
            }
        }
        return out;
    }
}
