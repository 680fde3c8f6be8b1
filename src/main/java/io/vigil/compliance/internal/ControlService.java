package io.vigil.compliance.internal;

import io.vigil.compliance.Freshness;
import io.vigil.compliance.TestResult;
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
import io.vigil.storage.FileStore;
import io.vigil.storage.StoredFile;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Controls within the caller's data scope ({@code compliance:read}/{@code compliance:write} units).
 * The testing calendar runs on tasks: every control has one open test task, due one period after
 * its creation or last test; recording a test closes it and opens the next.
 */
@Service
@Transactional
public class ControlService {

    static final String READ = "compliance:read";
    static final String WRITE = "compliance:write";
    static final String TEST_TASK = "CONTROL_TEST";

    /** A control with what decides whether it is flagged: a failed last test or stale evidence. */
    public record ControlView(Control control, Optional<ControlTest> lastTest, Freshness evidence,
            List<Evidence> evidenceItems, List<ControlTest> tests) {

        public boolean flagged() {
            return evidence == Freshness.STALE
                    || lastTest.map(t -> t.result() == TestResult.INEFFECTIVE).orElse(false);
        }
    }

    public record TestData(LocalDate testedOn, String method, TestResult result, UUID evidenceId, String notes) {
    }

    public record EvidenceData(Evidence.Kind kind, String title, String content, LocalDate collectedOn,
            LocalDate validUntil) {
    }

    private final ControlRepository controls;
    private final ControlTestRepository tests;
    private final EvidenceRepository evidence;
    private final RequirementStore requirements;
    private final DataScope scope;
    private final AuditEngagements engagements;
    private final FileStore files;
    private final Tasks tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ControlService(ControlRepository controls, ControlTestRepository tests, EvidenceRepository evidence,
            RequirementStore requirements, DataScope scope, AuditEngagements engagements, FileStore files,
            Tasks tasks, ApplicationEventPublisher events, Clock clock) {
        this.engagements = engagements;
        this.files = files;
        this.controls = controls;
        this.tests = tests;
        this.evidence = evidence;
        this.requirements = requirements;
        this.scope = scope;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    public Control create(ControlData data) {
        scope.requireAccess(WRITE, data.orgUnitId(), "OrgUnit", data.orgUnitId());
        validate(data, null);
        Control c = controls.saveAndFlush(new Control(UUID.randomUUID(), data, clock.instant()));
        openTestTask(c, c.frequency().after(today()));
        events.publishEvent(AuditableEvent.change("CREATED", "Control", c.id(), c.orgUnitId(),
                "Control " + c.code() + " created", Map.of(), c.audited()));
        return c;
    }

    public Control update(UUID id, ControlData data, long expectedVersion) {
        Control c = load(id, WRITE);
        scope.requireAccess(WRITE, data.orgUnitId(), "OrgUnit", data.orgUnitId());
        if (c.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Control.class, id);
        }
        validate(data, id);
        Map<String, Object> before = c.audited();
        c.apply(data, clock.instant());
        controls.saveAndFlush(c);
        events.publishEvent(AuditableEvent.change("UPDATED", "Control", c.id(), c.orgUnitId(),
                "Control " + c.code() + " updated", before, c.audited()));
        return c;
    }

    private void validate(ControlData data, UUID self) {
        if (data.code() == null || data.code().isBlank() || data.name() == null || data.name().isBlank()
                || data.type() == null || data.frequency() == null) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "compliance.control.required");
        }
        controls.findByCode(data.code()).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new VigilException(HttpStatus.CONFLICT, "duplicate-code", "compliance.control.duplicateCode",
                    data.code());
        });
        if (requirements.byIds(data.requirementIds()).size() != data.requirementIds().size()) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "compliance.control.unknownRequirement");
        }
    }

    public ControlTest recordTest(UUID controlId, TestData data, UUID testerId) {
        Control c = load(controlId, WRITE);
        if (data.testedOn() == null || data.result() == null || data.method() == null || data.method().isBlank()) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "compliance.test.required");
        }
        if (data.testedOn().isAfter(today())) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "compliance.test.future");
        }
        if (data.evidenceId() != null && evidence.findById(data.evidenceId())
                .filter(e -> e.controlId().equals(controlId)).isEmpty()) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "compliance.test.unknownEvidence");
        }
        ControlTest t = tests.save(new ControlTest(UUID.randomUUID(), controlId, data.testedOn(), testerId,
                data.method(), data.result(), data.evidenceId(), data.notes(), clock.instant()));
        RelatedRecord related = related(c);
        tasks.fulfil(related, "tested " + data.testedOn() + ": " + data.result());
        openTestTask(c, c.frequency().after(data.testedOn()));
        events.publishEvent(AuditableEvent.change("TESTED", "Control", c.id(), c.orgUnitId(),
                "Control " + c.code() + " tested: " + data.result(), Map.of(),
                Map.of("testedOn", data.testedOn(), "result", data.result(), "method", data.method())));
        return t;
    }

    public Evidence addEvidence(UUID controlId, EvidenceData data) {
        if (data.kind() == Evidence.Kind.FILE) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "compliance.evidence.fileNeedsUpload");
        }
        return saveEvidence(controlId, data, null);
    }

    /**
     * A FILE evidence item: the content goes to the {@link FileStore} (which refuses empty and
     * oversized files), the item keeps the file's id, name, size and SHA-256. Audited with the hash.
     */
    public Evidence addEvidenceFile(UUID controlId, EvidenceData data, String filename, String contentType,
            InputStream content) {
        load(controlId, WRITE);
        validateEvidence(new EvidenceData(Evidence.Kind.FILE, data.title(), null, data.collectedOn(), data.validUntil()));
        StoredFile file = files.store(filename, contentType, content);
        return saveEvidence(controlId, new EvidenceData(Evidence.Kind.FILE, data.title(), null, data.collectedOn(),
                data.validUntil()), file);
    }

    /** The stored file of an evidence item, for a reader of its control (an engaged external auditor too); audited. */
    public StoredFile evidenceFile(UUID evidenceId) {
        Evidence e = evidence.findById(evidenceId).orElseThrow(() -> new RecordNotFoundException("Evidence", evidenceId));
        Control c = load(e.controlId(), READ);
        if (e.fileId() == null) {
            throw new RecordNotFoundException("EvidenceFile", evidenceId);
        }
        StoredFile file = files.find(e.fileId()).orElseThrow(() -> new RecordNotFoundException("EvidenceFile", evidenceId));
        events.publishEvent(AuditableEvent.of("EVIDENCE_DOWNLOADED", "Control", c.id(), c.orgUnitId(),
                "Evidence file " + file.filename() + " of " + c.code() + " downloaded"));
        return file;
    }

    public void copyEvidenceFile(StoredFile file, OutputStream out) {
        files.copyTo(file.id(), out);
    }

    private void validateEvidence(EvidenceData data) {
        if (data.kind() == null || data.title() == null || data.title().isBlank() || data.collectedOn() == null) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "compliance.evidence.required");
        }
        if (data.validUntil() != null && data.validUntil().isBefore(data.collectedOn())) {
            throw new VigilException(HttpStatus.BAD_REQUEST, "validation", "compliance.evidence.validUntil");
        }
    }

    private Evidence saveEvidence(UUID controlId, EvidenceData data, StoredFile file) {
        Control c = load(controlId, WRITE);
        validateEvidence(data);
        Evidence item = new Evidence(UUID.randomUUID(), controlId, data.kind(), data.title().strip(),
                data.content(), data.collectedOn(), data.validUntil(), clock.instant());
        Map<String, Object> audited = new java.util.LinkedHashMap<>();
        audited.put("title", item.title());
        audited.put("kind", data.kind());
        if (file != null) {
            item.attach(file.id(), file.filename(), file.size(), file.sha256());
            audited.put("file", file.filename());
            audited.put("size", file.size());
            audited.put("sha256", file.sha256());
        }
        Evidence e = evidence.save(item);
        events.publishEvent(AuditableEvent.change("EVIDENCE_ADDED", "Control", c.id(), c.orgUnitId(),
                "Evidence \"" + item.title() + "\" added to " + c.code(), Map.of(), audited));
        return e;
    }

    @Transactional(readOnly = true)
    public ControlView view(UUID id) {
        Control c = load(id, READ);
        List<ControlTest> history = tests.findByControlIdOrderByTestedOnDescCreatedAtDesc(id);
        List<Evidence> items = evidence.findByControlIdOrderByCollectedOnDesc(id);
        return new ControlView(c, history.stream().findFirst(), freshness(items, today()), items, history);
    }

    @Transactional(readOnly = true)
    public Page<Control> list(Pageable pageable) {
        Set<UUID> units = engagements.readableUnits();
        return controls.findByOrgUnitIdIn(units.isEmpty() ? Set.of(new UUID(0, 0)) : units, pageable);
    }

    /** Readable controls of these units (an audit's scope). */
    @Transactional(readOnly = true)
    public List<Control> listIn(Set<UUID> units, Pageable pageable) {
        Set<UUID> readable = new java.util.HashSet<>(engagements.readableUnits());
        readable.retainAll(units);
        return readable.isEmpty() ? List.of() : controls.findByOrgUnitIdIn(readable, pageable).getContent();
    }

    /** The freshest evidence decides: a control is as fresh as its best item; null when it has none. */
    static Freshness freshness(List<Evidence> items, LocalDate today) {
        return items.stream().map(e -> Freshness.of(e.validUntil(), today)).min(Comparator.naturalOrder())
                .orElse(null);
    }

    Control load(UUID id, String permission) {
        Control c = controls.findById(id).orElseThrow(() -> new RecordNotFoundException("Control", id));
        if (READ.equals(permission) ? !engagements.canRead(c.orgUnitId())
                : !scope.canAccess(permission, c.orgUnitId())) {
            throw new RecordNotFoundException("Control", id);
        }
        return c;
    }

    private void openTestTask(Control c, LocalDate due) {
        TaskOwner owner = c.ownerId() != null ? TaskOwner.user(c.ownerId()) : TaskOwner.role(Role.COMPLIANCE_MANAGER);
        tasks.open(new NewTask("Test control " + c.code() + " " + c.name(),
                "Periodic " + c.frequency().name().toLowerCase() + " test of control " + c.code(), TEST_TASK,
                c.orgUnitId(), owner, related(c), due, TaskPriority.NORMAL));
    }

    static RelatedRecord related(Control c) {
        return new RelatedRecord("compliance", "Control", c.id().toString(), "/compliance/controls/" + c.id());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }
}
