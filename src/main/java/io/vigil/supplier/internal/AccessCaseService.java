package io.vigil.supplier.internal;

import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.security.VigilPrincipal;
import io.vigil.shared.web.VigilException;
import io.vigil.supplier.SupplierStatus;
import io.vigil.supplier.internal.AccessStages.ExpressReason;
import io.vigil.supplier.internal.AccessStages.Kind;
import io.vigil.supplier.internal.AccessStages.Stage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs access cases through their stages. Approval (final selection) makes the supplier QUALIFIED;
 * the case owner cannot approve their own case; express access needs two approvers, one of them a
 * holder of {@code supplier:approve} (procurement manager), and sets a catch-up deadline after which
 * {@link #suspendOverdue} suspends the supplier.
 */
@Service
@Transactional
public class AccessCaseService {

    static final String ENTITY = "SupplierAccessCase";
    /** Stages where an evaluator scores the supplier: a conflict-of-interest declaration comes first. */
    static final java.util.Set<Stage> SCORED = java.util.Set.of(Stage.ONSITE_INSPECTION, Stage.INTERNAL_ASSESSMENT);

    private final AccessCaseRepository cases;
    private final SupplierRepository suppliers;
    private final SupplierService supplierService;
    private final SupplierStatusService statuses;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int catchUpDays;

    AccessCaseService(AccessCaseRepository cases, SupplierRepository suppliers, SupplierService supplierService,
            SupplierStatusService statuses, DataScope scope, ApplicationEventPublisher events, Clock clock,
            @Value("${vigil.supplier.express-catch-up-days:90}") int catchUpDays) {
        this.cases = cases;
        this.suppliers = suppliers;
        this.supplierService = supplierService;
        this.statuses = statuses;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
        this.catchUpDays = catchUpDays;
    }

    public AccessCaseView open(UUID supplierId, Kind kind, ExpressReason reason) {
        Supplier supplier = writable(supplierId);
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
                currentUser(), clock.instant()));
        cases.flush();
        audit("OPENED", created, supplier, "Access case (" + kind + ") opened");
        return AccessCaseView.of(created);
    }

    /** Records the current stage's required data and moves on; a failed qualification review rejects the case. */
    public AccessCaseView completeStage(UUID caseId, Map<String, String> data) {
        AccessCase c = open(caseId);
        Supplier supplier = writable(c.getSupplierId());
        if (c.getStage() == Stage.FINAL_SELECTION) {
            throw new VigilException(HttpStatus.CONFLICT, "access-final-stage", "supplier.error.accessFinalStage");
        }
        if (SCORED.contains(c.getStage())) {
            requireNoConflict(c);
        }
        requireData(c.getStage(), data);
        Stage completed = c.getStage();
        c.completeStage(text(data), currentUser(), clock.instant());
        if (completed == Stage.QUALIFICATION_REVIEW && "FAIL".equalsIgnoreCase(data.get("verdict").strip())) {
            c.decide(AccessCase.State.REJECTED, clock.instant(), null);
        }
        cases.flush();
        audit("STAGE_COMPLETED", c, supplier, "Access case stage " + completed + " completed");
        return AccessCaseView.of(c);
    }

    public AccessCaseView approve(UUID caseId) {
        AccessCase c = open(caseId);
        Supplier supplier = supplierService.visible(c.getSupplierId());
        UUID approver = currentUser();
        if (c.getStage() != Stage.FINAL_SELECTION) {
            throw new VigilException(HttpStatus.CONFLICT, "access-not-final", "supplier.error.accessNotFinal");
        }
        if (approver.equals(c.getOwnerId())) {
            throw new VigilException(HttpStatus.FORBIDDEN, "segregation-of-duties", "supplier.error.ownCase");
        }
        if (c.getApprovals().stream().anyMatch(a -> a.approverId().equals(approver))) {
            throw new VigilException(HttpStatus.CONFLICT, "already-approved", "supplier.error.alreadyApproved");
        }
        requireNoConflict(c);
        boolean manager = scope.canAccess(SupplierStatusService.APPROVE, supplier.getOrgUnitId());
        boolean writer = scope.canAccess(SupplierService.WRITE, supplier.getOrgUnitId());
        int needed = AccessStages.approversNeeded(c.getKind());
        boolean lastSlot = c.getApprovals().size() + 1 >= needed;
        boolean managerPresent = c.getApprovals().stream().anyMatch(AccessCase.Approval::procurementManager);
        if (!(manager || writer) || (!manager && lastSlot && !managerPresent)) {
            throw new VigilException(HttpStatus.FORBIDDEN, "not-an-approver", "supplier.error.accessApprover");
        }
        Instant now = clock.instant();
        c.approve(approver, manager, now);
        audit("APPROVED", c, supplier, "Access case approved by one approver");
        if (c.approvalsComplete()) {
            LocalDate deadline = c.getKind() == Kind.EXPRESS ? LocalDate.now(clock).plusDays(catchUpDays) : null;
            c.decide(AccessCase.State.APPROVED, now, deadline);
            if (!StatusTransitions.isAllowed(supplier.getStatus(), SupplierStatus.QUALIFIED)) {
                throw new IllegalTransitionException(supplier.getStatus(), SupplierStatus.QUALIFIED,
                        StatusTransitions.allowedFrom(supplier.getStatus()));
            }
            statuses.apply(supplier, SupplierStatus.QUALIFIED, c.getKind() + " access approved", null);
        }
        cases.flush();
        return AccessCaseView.of(c);
    }

    /** An evaluator declares (once per case) whether they have a conflict of interest with the supplier. */
    public AccessCaseView declare(UUID caseId, boolean conflict, String note) {
        AccessCase c = open(caseId);
        Supplier supplier = supplierService.visible(c.getSupplierId());
        UUID user = currentUser();
        if (c.declarationOf(user).isPresent()) {
            throw new VigilException(HttpStatus.CONFLICT, "already-declared", "supplier.error.alreadyDeclared");
        }
        c.declare(user, conflict, note == null ? null : note.strip(), clock.instant());
        cases.flush();
        audit(conflict ? "CONFLICT_DECLARED" : "NO_CONFLICT_DECLARED", c, supplier, "Conflict-of-interest declaration");
        return AccessCaseView.of(c);
    }

    private void requireNoConflict(AccessCase c) {
        AccessCase.Declaration declaration = c.declarationOf(currentUser()).orElseThrow(() -> new VigilException(
                HttpStatus.FORBIDDEN, "declaration-required", "supplier.error.declarationRequired"));
        if (declaration.conflict()) {
            throw new VigilException(HttpStatus.FORBIDDEN, "conflict-of-interest", "supplier.error.conflictOfInterest");
        }
    }

    /** Records a stage an express case skipped; when both are recorded the catch-up is complete. */
    public AccessCaseView catchUp(UUID caseId, Stage stage, Map<String, String> data) {
        AccessCase c = find(caseId);
        Supplier supplier = writable(c.getSupplierId());
        if (c.getKind() != Kind.EXPRESS || c.getState() != AccessCase.State.APPROVED || stage == null
                || !AccessStages.CATCH_UP.contains(stage)) {
            throw new VigilException(HttpStatus.CONFLICT, "access-no-catch-up", "supplier.error.accessNoCatchUp");
        }
        requireData(stage, data);
        c.recordCatchUp(stage, text(data), currentUser(), clock.instant());
        cases.flush();
        audit("CATCH_UP_RECORDED", c, supplier, "Express access catch-up: " + stage + " recorded");
        return AccessCaseView.of(c);
    }

    @Transactional(readOnly = true)
    public List<AccessCaseView> ofSupplier(UUID supplierId) {
        supplierService.visible(supplierId);
        return cases.findBySupplierId(supplierId).stream().map(AccessCaseView::of).toList();
    }

    @Transactional(readOnly = true)
    public AccessCaseView get(UUID caseId) {
        return AccessCaseView.of(find(caseId));
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

    private AccessCase find(UUID caseId) {
        AccessCase c = cases.findById(caseId).orElseThrow(() -> new RecordNotFoundException(ENTITY, caseId));
        // a case of a supplier the caller cannot see does not exist for them
        suppliers.findVisible(c.getSupplierId(), scope.visibleUnits(SupplierService.READ).forQuery())
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, caseId));
        return c;
    }

    private AccessCase open(UUID caseId) {
        AccessCase c = find(caseId);
        if (c.getState() != AccessCase.State.OPEN) {
            throw new VigilException(HttpStatus.CONFLICT, "access-closed", "supplier.error.accessClosed");
        }
        return c;
    }

    private Supplier writable(UUID supplierId) {
        Supplier supplier = supplierService.visible(supplierId);
        if (!scope.canAccess(SupplierService.WRITE, supplier.getOrgUnitId())) {
            throw new VigilException(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail");
        }
        return supplier;
    }

    private static void requireData(Stage stage, Map<String, String> data) {
        List<String> missing = AccessStages.missing(stage, data);
        if (!missing.isEmpty()) {
            throw new InvalidSupplierException(missing.stream()
                    .map(key -> new FieldProblem("data." + key, "supplier.error.required")).toList());
        }
    }

    private static String text(Map<String, String> data) {
        String text = new TreeMap<>(data).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        return text.length() > 4000 ? text.substring(0, 4000) : text;
    }

    private void audit(String action, AccessCase c, Supplier supplier, String summary) {
        events.publishEvent(AuditableEvent.change(action, ENTITY, c.getId(), supplier.getOrgUnitId(),
                summary + " for supplier " + supplier.getName(), Map.of(),
                Map.of("supplierId", supplier.getId().toString(), "kind", c.getKind().name(),
                        "stage", c.getStage().name(), "state", c.getState().name()))
                .relatedTo(SupplierService.ENTITY, supplier.getId()));
    }

    private static UUID currentUser() {
        return VigilPrincipal.current().map(VigilPrincipal::userId)
                .orElseThrow(() -> new VigilException(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail"));
    }
}
