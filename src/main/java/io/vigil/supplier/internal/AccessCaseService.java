package io.vigil.supplier.internal;

import io.vigil.shared.web.VigilException;
import io.vigil.supplier.SupplierStatus;
import io.vigil.supplier.internal.AccessStages.ExpressReason;
import io.vigil.supplier.internal.AccessStages.Kind;
import io.vigil.supplier.internal.AccessStages.Stage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs access cases through their stages. The shortlist announcement's objection window is in
 * {@link AccessShortlistService}; the final selection (committee votes, approval or rejection) in
 * {@link AccessCommitteeService}. Every stage the case enters opens a task for its owner
 * ({@link AccessStageTasks}); completing the stage fulfils it. An approved express case's skipped
 * stages are caught up here, and {@link #suspendOverdue} suspends suppliers that missed the deadline.
 */
@Service
@Transactional
public class AccessCaseService {

    static final String ENTITY = AccessCaseAccess.ENTITY;
    /** Stages where an evaluator scores the supplier: a conflict-of-interest declaration comes first. */
    static final java.util.Set<Stage> SCORED = java.util.Set.of(Stage.ONSITE_INSPECTION, Stage.INTERNAL_ASSESSMENT);

    private final AccessCaseRepository cases;
    private final SupplierRepository suppliers;
    private final SupplierStatusService statuses;
    private final AccessCaseAccess access;
    private final AccessStageTasks tasks;
    private final AccessCommitteeService committee;
    private final AccessObjectionRepository objections;
    private final Clock clock;
    private final SupplierDocumentService documents;

    AccessCaseService(AccessCaseRepository cases, SupplierRepository suppliers, SupplierStatusService statuses,
            AccessCaseAccess access, AccessStageTasks tasks, AccessCommitteeService committee,
            AccessObjectionRepository objections, Clock clock, SupplierDocumentService documents) {
        this.documents = documents;
        this.cases = cases;
        this.suppliers = suppliers;
        this.statuses = statuses;
        this.access = access;
        this.tasks = tasks;
        this.committee = committee;
        this.objections = objections;
        this.clock = clock;
    }

    public AccessCaseView open(UUID supplierId, Kind kind, ExpressReason reason) {
        Supplier supplier = access.writable(supplierId);
        if (kind == null) {
            throw new InvalidSupplierException(List.of(new FieldProblem("kind", "supplier.error.required")));
        }
        if (kind == Kind.EXPRESS && reason == null) {
            throw new InvalidSupplierException(List.of(new FieldProblem("expressReason", "supplier.error.required")));
        }
        if (supplier.getStatus() != SupplierStatus.PROSPECT) {
            throw new VigilException(HttpStatus.CONFLICT, "access-not-prospect", "supplier.error.accessNotProspect");
        }
        AccessCase created = cases.save(new AccessCase(supplierId, kind, kind == Kind.EXPRESS ? reason : null,
                AccessCaseAccess.currentUser(), clock.instant()));
        cases.flush();
        tasks.entered(created, supplier);
        access.audit("OPENED", created, supplier, "Access case (" + kind + ") opened");
        return AccessCaseView.of(created);
    }

    /**
     * Records the current stage's required data and moves on; a failed qualification review rejects the
     * case. The shortlist announcement completes only once published, its objection window has closed and
     * every objection is resolved; its data is taken from the announcement.
     */
    public AccessCaseView completeStage(UUID caseId, Map<String, String> data) {
        AccessCase c = access.open(caseId);
        Supplier supplier = access.writable(c.getSupplierId());
        if (c.getStage() == Stage.FINAL_SELECTION) {
            throw new VigilException(HttpStatus.CONFLICT, "access-final-stage", "supplier.error.accessFinalStage");
        }
        if (SCORED.contains(c.getStage())) {
            access.requireNoConflict(c);
        }
        Map<String, String> recorded = new HashMap<>(data == null ? Map.of() : data);
        if (c.getStage() == Stage.SHORTLIST_ANNOUNCEMENT) {
            recorded.putAll(shortlistClosed(c));
        }
        requireData(c.getStage(), recorded);
        if (c.getStage() == Stage.QUALIFICATION_REVIEW) {
            // what the reviewer saw: each document the supplier's categories require, valid or missing
            recorded.put("documentChecklist", documentChecklist(c.getSupplierId()).stream()
                    .map(item -> item.type() + "=" + (item.valid() ? "VALID" : "MISSING"))
                    .collect(Collectors.joining(";")));
        }
        Stage completed = c.getStage();
        c.completeStage(text(recorded), AccessCaseAccess.currentUser(), clock.instant());
        tasks.completed(c, completed);
        if (completed == Stage.QUALIFICATION_REVIEW && "FAIL".equalsIgnoreCase(recorded.get("verdict").strip())) {
            c.decide(AccessCase.State.REJECTED, clock.instant(), null);
            c.recordDecision(AccessCaseAccess.currentUser(), "Qualification review failed");
        } else {
            tasks.entered(c, supplier);
        }
        cases.flush();
        access.audit("STAGE_COMPLETED", c, supplier, "Access case stage " + completed + " completed");
        return AccessCaseView.of(c);
    }

    /** One document a supplier's categories require, and whether a verified, valid one is on file today. */
    public record ChecklistItem(String type, boolean valid) {
    }

    /** The qualification review's document checklist of a case's supplier, as it stands today. */
    @Transactional(readOnly = true)
    public List<ChecklistItem> documentChecklistOfCase(UUID caseId) {
        return documentChecklist(access.find(caseId).getSupplierId());
    }

    private List<ChecklistItem> documentChecklist(UUID supplierId) {
        SupplierDocumentView view = documents.ofSupplier(supplierId);
        return view.required().stream().map(type -> new ChecklistItem(type, !view.lapsedRequired().contains(type)))
                .toList();
    }

    /** The shortlist stage's closing checks, and the data it records from the announcement. */
    private Map<String, String> shortlistClosed(AccessCase c) {
        if (c.getPublishedOn() == null) {
            throw new VigilException(HttpStatus.CONFLICT, "announcement-required",
                    "supplier.access.error.announcementRequired");
        }
        if (!LocalDate.now(clock).isAfter(c.getObjectionWindowEnds())) {
            throw new VigilException(HttpStatus.CONFLICT, "objection-window-open",
                    "supplier.access.error.windowOpen", c.getObjectionWindowEnds().toString());
        }
        long unresolved = objections.countByCaseIdAndResolvedAtIsNull(c.getId());
        if (unresolved > 0) {
            throw new VigilException(HttpStatus.CONFLICT, "objections-unresolved",
                    "supplier.access.error.objectionsUnresolved", unresolved);
        }
        return Map.of("publishedOn", c.getPublishedOn().toString(),
                "objectionWindowDays", String.valueOf(c.getObjectionWindowDays()),
                "objectionWindowEnds", c.getObjectionWindowEnds().toString(),
                "objections", String.valueOf(objections.findByCaseIdOrderByRecordedAtAsc(c.getId()).size()));
    }

    /** Final selection by approval (kept for API clients): the committee's APPROVE decision without a reason. */
    public AccessCaseView approve(UUID caseId) {
        return committee.decide(caseId, AccessCommitteeService.Outcome.APPROVE, null);
    }

    /** An evaluator declares (once per case) whether they have a conflict of interest with the supplier. */
    public AccessCaseView declare(UUID caseId, boolean conflict, String note) {
        AccessCase c = access.open(caseId);
        Supplier supplier = access.visible(c.getSupplierId());
        UUID user = AccessCaseAccess.currentUser();
        if (c.declarationOf(user).isPresent()) {
            throw new VigilException(HttpStatus.CONFLICT, "already-declared", "supplier.error.alreadyDeclared");
        }
        c.declare(user, conflict, note == null || note.isBlank() ? null : note.strip(), clock.instant());
        cases.flush();
        access.audit(conflict ? "CONFLICT_DECLARED" : "NO_CONFLICT_DECLARED", c, supplier,
                "Conflict-of-interest declaration");
        return AccessCaseView.of(c);
    }

    /** Records a stage an express case skipped; when both are recorded the catch-up is complete. */
    public AccessCaseView catchUp(UUID caseId, Stage stage, Map<String, String> data) {
        AccessCase c = access.find(caseId);
        Supplier supplier = access.writable(c.getSupplierId());
        if (c.getKind() != Kind.EXPRESS || c.getState() != AccessCase.State.APPROVED || stage == null
                || !AccessStages.CATCH_UP.contains(stage)) {
            throw new VigilException(HttpStatus.CONFLICT, "access-no-catch-up", "supplier.error.accessNoCatchUp");
        }
        if (c.stageRecorded(stage)) {
            throw new VigilException(HttpStatus.CONFLICT, "catch-up-recorded", "supplier.access.error.catchUpRecorded",
                    stage.name());
        }
        requireData(stage, data);
        c.recordCatchUp(stage, text(data), AccessCaseAccess.currentUser(), clock.instant());
        if (c.isCatchUpCompleted()) {
            tasks.caughtUp(c);
        }
        cases.flush();
        access.audit("CATCH_UP_RECORDED", c, supplier, "Express access catch-up: " + stage + " recorded");
        return AccessCaseView.of(c);
    }

    @Transactional(readOnly = true)
    public List<AccessCaseView> ofSupplier(UUID supplierId) {
        access.visible(supplierId);
        return cases.findBySupplierId(supplierId).stream().map(AccessCaseView::of).toList();
    }

    @Transactional(readOnly = true)
    public AccessCaseView get(UUID caseId) {
        return AccessCaseView.of(access.find(caseId));
    }

    /**
     * The scheduled job's work (no user): suppliers of approved express cases whose catch-up deadline
     * passed are SUSPENDED, if the transition table allows it from their current status. Idempotent.
     */
    public int suspendOverdue() {
        int suspended = 0;
        LocalDate today = LocalDate.now(clock);
        for (AccessCase c : cases.findCatchUpOverdue(today)) {
            Supplier supplier = suppliers.findById(c.getSupplierId()).orElseThrow();
            c.markSuspendedForCatchUp();
            tasks.catchUpMissed(c);
            if (StatusTransitions.isAllowed(supplier.getStatus(), SupplierStatus.SUSPENDED)) {
                statuses.apply(supplier, SupplierStatus.SUSPENDED,
                        "Express access catch-up deadline " + c.getCatchUpDeadline() + " passed without on-site "
                                + "inspection and shortlist announcement", null);
                suspended++;
            }
        }
        cases.flush();
        return suspended;
    }

    static void requireData(Stage stage, Map<String, String> data) {
        AccessCaseAccess.require(AccessStages.problems(stage, data));
    }

    private static String text(Map<String, String> data) {
        String text = new TreeMap<>(data).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        return text.length() > 4000 ? text.substring(0, 4000) : text;
    }
}
