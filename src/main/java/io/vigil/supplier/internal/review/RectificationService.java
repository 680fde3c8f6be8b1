package io.vigil.supplier.internal.review;

import io.vigil.identity.Role;
import io.vigil.identity.UserDirectory;
import io.vigil.identity.UserSummary;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.web.VigilException;
import io.vigil.supplier.SupplierStatus;
import io.vigil.supplier.internal.FieldProblem;
import io.vigil.supplier.internal.InvalidSupplierException;
import io.vigil.supplier.internal.SupplierPortalService;
import io.vigil.supplier.internal.SupplierService;
import io.vigil.supplier.internal.SupplierStatusService;
import io.vigil.supplier.internal.SupplierView;
import io.vigil.task.NewTask;
import io.vigil.task.RelatedRecord;
import io.vigil.task.TaskOwner;
import io.vigil.task.TaskPriority;
import io.vigil.task.Tasks;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rectification plans: opened when a supplier becomes RECTIFYING ({@link RectificationOpener}),
 * actions with owner and deadline (each a task), the supplier's responses from the portal, and the
 * verification that moves the supplier to QUALIFIED (passed) or UNQUALIFIED (failed) through the
 * classification rules.
 */
@Service
@Transactional
public class RectificationService {

    public static final String ENTITY = "SupplierRectificationPlan";
    static final String TASK_KIND = "SUPPLIER_RECTIFICATION";

    public record NewAction(String title, UUID ownerId, LocalDate deadline) {
    }

    private final RectificationPlanRepository plans;
    private final SupplierService suppliers;
    private final SupplierStatusService statuses;
    private final SupplierPortalService portal;
    private final ReviewSuppliers register;
    private final DataScope scope;
    private final UserDirectory users;
    private final Tasks tasks;
    private final ReviewSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RectificationService(RectificationPlanRepository plans, SupplierService suppliers, SupplierStatusService statuses,
            SupplierPortalService portal, ReviewSuppliers register, DataScope scope, UserDirectory users, Tasks tasks,
            ReviewSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.suppliers = suppliers;
        this.statuses = statuses;
        this.portal = portal;
        this.register = register;
        this.scope = scope;
        this.users = users;
        this.tasks = tasks;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a plan for a supplier that just became RECTIFYING (no user needed: called from the status
     * change); none if an open plan exists already.
     */
    void openFor(UUID supplierId, UUID reviewId, List<String> issues, String actor) {
        if (plans.existsBySupplierIdAndState(supplierId, RectificationPlan.State.OPEN)) {
            return;
        }
        ReviewSuppliers.SupplierRef s = register.find(supplierId).orElseThrow();
        LocalDate due = LocalDate.now(clock).plusDays(settings.rectificationDays());
        RectificationPlan plan = plans.save(new RectificationPlan(supplierId, reviewId, issues, due, clock.instant()));
        plans.flush();
        tasks.open(new NewTask("Rectification of " + s.name(), "Agree the actions with " + s.name()
                + ", follow them up and verify the rectification by " + due + ".", TASK_KIND, s.orgUnitId(),
                s.ownerId() != null ? TaskOwner.user(s.ownerId()) : TaskOwner.role(Role.PROCUREMENT_OFFICER),
                planRecord(plan), due, TaskPriority.HIGH));
        AuditableEvent event = AuditableEvent.change("OPENED", ENTITY, plan.getId(), s.orgUnitId(),
                "Rectification plan opened for " + s.name(), Map.of(), Map.of("supplierId", supplierId.toString(),
                        "dueDate", due.toString(), "issues", String.join("; ", issues)));
        events.publishEvent((actor == null ? event : event.byActor(actor)).relatedTo(SupplierService.ENTITY, supplierId));
    }

    @Transactional(readOnly = true)
    public RectificationView get(UUID planId) {
        RectificationPlan plan = find(planId);
        return view(plan, suppliers.get(plan.getSupplierId()), true);
    }

    @Transactional(readOnly = true)
    public List<RectificationView> ofSupplier(UUID supplierId) {
        SupplierView supplier = suppliers.get(supplierId);
        return plans.findBySupplierIdOrderByOpenedAtDesc(supplierId).stream().map(p -> view(p, supplier, true)).toList();
    }

    public RectificationView updateIssues(UUID planId, List<String> issues) {
        RectificationPlan plan = find(planId);
        SupplierView supplier = writable(plan);
        requireOpen(plan);
        List<String> lines = issues == null ? List.of() : issues.stream().filter(i -> i != null && !i.isBlank())
                .map(String::strip).toList();
        if (lines.isEmpty()) {
            throw new InvalidSupplierException(List.of(new FieldProblem("issues", "supplier.error.required")));
        }
        String before = String.join("; ", plan.getIssues());
        plan.setIssues(lines);
        plans.flush();
        audit("ISSUES_UPDATED", plan, supplier, "Rectification issues of " + supplier.name() + " updated",
                Map.of("issues", before), Map.of("issues", String.join("; ", lines)));
        return view(plan, supplier, true);
    }

    public RectificationView addAction(UUID planId, NewAction input) {
        RectificationPlan plan = find(planId);
        SupplierView supplier = writable(plan);
        requireOpen(plan);
        List<FieldProblem> problems = new ArrayList<>();
        String title = input == null || input.title() == null ? null : input.title().strip();
        if (title == null || title.isEmpty()) {
            problems.add(new FieldProblem("title", "supplier.error.required"));
        } else if (title.length() > 500) {
            problems.add(new FieldProblem("title", "supplier.error.tooLong", 500));
        }
        LocalDate deadline = input == null ? null : input.deadline();
        if (deadline == null) {
            problems.add(new FieldProblem("deadline", "supplier.error.required"));
        } else if (deadline.isBefore(LocalDate.now(clock))) {
            problems.add(new FieldProblem("deadline", "supplier.rectification.error.deadlinePast"));
        }
        UUID owner = input == null ? null : input.ownerId();
        if (owner != null && users.find(owner).isEmpty()) {
            problems.add(new FieldProblem("ownerId", "supplier.rectification.error.unknownOwner"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSupplierException(problems);
        }
        RectificationAction action = plan.addAction(title, owner, deadline);
        plans.flush();
        tasks.open(new NewTask("Rectification action: " + title, "Rectification of " + supplier.name()
                + ": follow up the action and accept the supplier's response.", TASK_KIND, supplier.orgUnitId(),
                owner != null ? TaskOwner.user(owner) : TaskOwner.role(Role.PROCUREMENT_OFFICER), actionRecord(plan,
                        action), deadline, TaskPriority.NORMAL));
        audit("ACTION_ADDED", plan, supplier, "Rectification action for " + supplier.name() + ": " + title, Map.of(),
                Map.of("actionId", action.getId().toString(), "title", title, "deadline", deadline.toString(),
                        "ownerId", owner == null ? "-" : owner.toString()));
        return view(plan, supplier, true);
    }

    /** Procurement accepts a submitted (or open) action as done, or sends it back with a note. */
    public RectificationView review(UUID planId, UUID actionId, boolean accepted, String note) {
        RectificationPlan plan = find(planId);
        SupplierView supplier = writable(plan);
        requireOpen(plan);
        RectificationAction action = plan.action(actionId)
                .orElseThrow(() -> new RecordNotFoundException("SupplierRectificationAction", actionId));
        String text = note == null || note.isBlank() ? null : note.strip();
        if (!accepted && text == null) {
            throw new InvalidSupplierException(List.of(new FieldProblem("note", "supplier.rectification.error.noteRequired")));
        }
        if (accepted && action.getStatus() == RectificationAction.Status.DONE) {
            throw new VigilException(HttpStatus.CONFLICT, "action-done", "supplier.rectification.error.actionDone");
        }
        String before = action.getStatus().name();
        if (accepted) {
            action.accept(text);
            tasks.fulfil(actionRecord(plan, action), "Accepted");
        } else {
            action.reopen(text);
        }
        plans.flush();
        audit(accepted ? "ACTION_ACCEPTED" : "ACTION_REOPENED", plan, supplier, "Rectification action "
                + action.getPosition() + " of " + supplier.name() + (accepted ? " accepted" : " sent back"),
                Map.of("status", before), Map.of("actionId", actionId.toString(), "status", action.getStatus().name(),
                        "note", text == null ? "-" : text));
        return view(plan, supplier, true);
    }

    /**
     * Verification by a holder of {@code supplier:approve}: passed (every action done) → QUALIFIED,
     * failed → UNQUALIFIED; the status change follows the transition table (409 naming the allowed ones).
     */
    public RectificationView verify(UUID planId, boolean passed, String note) {
        RectificationPlan plan = find(planId);
        SupplierView supplier = suppliers.get(plan.getSupplierId());
        if (!scope.canAccess(ReviewService.APPROVE, supplier.orgUnitId())) {
            throw new VigilException(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail");
        }
        requireOpen(plan);
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text == null) {
            throw new InvalidSupplierException(List.of(new FieldProblem("note", "supplier.error.required")));
        }
        if (text.length() > 1000) {
            throw new InvalidSupplierException(List.of(new FieldProblem("note", "supplier.error.tooLong", 1000)));
        }
        long notDone = plan.getActions().stream().filter(a -> a.getStatus() != RectificationAction.Status.DONE).count();
        if (passed && (plan.getActions().isEmpty() || notDone > 0)) {
            throw new VigilException(HttpStatus.CONFLICT, "rectification-actions-open",
                    "supplier.rectification.error.actionsOpen", notDone);
        }
        SupplierStatus target = passed ? SupplierStatus.QUALIFIED : SupplierStatus.UNQUALIFIED;
        statuses.request(supplier.id(), target, "Rectification " + (passed ? "verified" : "failed") + ": "
                + (text.length() > 400 ? text.substring(0, 400) : text), null, null);
        plan.verify(passed, text, ReviewService.currentUser(), clock.instant());
        plans.flush();
        tasks.fulfil(planRecord(plan), passed ? "Verified" : "Failed");
        plan.getActions().stream().filter(a -> a.getStatus() != RectificationAction.Status.DONE)
                .forEach(a -> tasks.cancel(actionRecord(plan, a), "Rectification failed"));
        audit(passed ? "VERIFIED_PASSED" : "VERIFIED_FAILED", plan, supplier, "Rectification of " + supplier.name()
                + (passed ? " verified: QUALIFIED" : " failed: UNQUALIFIED"), Map.of("state", "OPEN"),
                Map.of("state", plan.getState().name(), "note", text, "status", target.name()));
        return view(plan, supplier, true);
    }

    // ---- portal: the supplier contact's own plans only; anything else is not found

    @Transactional(readOnly = true)
    public List<RectificationView> portalPlans() {
        UUID own = portal.mine().id();
        ReviewSuppliers.SupplierRef s = register.find(own).orElseThrow();
        return plans.findBySupplierIdOrderByOpenedAtDesc(own).stream().map(p -> portalView(p, s)).toList();
    }

    @Transactional(readOnly = true)
    public RectificationView portalPlan(UUID planId) {
        RectificationPlan plan = portalOwned(planId);
        return portalView(plan, register.find(plan.getSupplierId()).orElseThrow());
    }

    public RectificationView respond(UUID planId, UUID actionId, String response) {
        RectificationPlan plan = portalOwned(planId);
        RectificationAction action = plan.action(actionId)
                .orElseThrow(() -> new RecordNotFoundException("SupplierRectificationAction", actionId));
        if (plan.getState() != RectificationPlan.State.OPEN || action.getStatus() == RectificationAction.Status.DONE) {
            throw new VigilException(HttpStatus.CONFLICT, "rectification-closed", "supplier.rectification.error.closed");
        }
        String text = response == null ? null : response.strip();
        if (text == null || text.isEmpty()) {
            throw new InvalidSupplierException(List.of(new FieldProblem("response", "supplier.error.required")));
        }
        if (text.length() > 2000) {
            throw new InvalidSupplierException(List.of(new FieldProblem("response", "supplier.error.tooLong", 2000)));
        }
        action.respond(text, clock.instant());
        plans.flush();
        ReviewSuppliers.SupplierRef s = register.find(plan.getSupplierId()).orElseThrow();
        events.publishEvent(AuditableEvent.change("ACTION_RESPONDED", ENTITY, plan.getId(), s.orgUnitId(),
                "Supplier " + s.name() + " responded to rectification action " + action.getPosition(), Map.of(),
                Map.of("actionId", actionId.toString(), "response", text))
                .relatedTo(SupplierService.ENTITY, plan.getSupplierId()));
        return portalView(plan, s);
    }

    private RectificationPlan portalOwned(UUID planId) {
        UUID own = portal.mine().id();
        return plans.findById(planId).filter(p -> p.getSupplierId().equals(own))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, planId));
    }

    private RectificationView portalView(RectificationPlan plan, ReviewSuppliers.SupplierRef s) {
        RectificationView full = view(plan, s.id(), s.name(), s.status(), false);
        return full;
    }

    private RectificationView view(RectificationPlan plan, SupplierView s, boolean staff) {
        return view(plan, s.id(), s.name(), s.status(), staff);
    }

    private RectificationView view(RectificationPlan plan, UUID supplierId, String name, SupplierStatus status,
            boolean staff) {
        LocalDate today = LocalDate.now(clock);
        boolean open = plan.getState() == RectificationPlan.State.OPEN;
        List<RectificationView.ActionView> actions = plan.getActions().stream()
                .map(a -> new RectificationView.ActionView(a.getId(), a.getPosition(), a.getTitle(),
                        staff ? a.getOwnerId() : null, staff ? name(a.getOwnerId()) : null, a.getDeadline(),
                        a.getStatus().name(), open && a.getStatus() != RectificationAction.Status.DONE
                                && a.getDeadline().isBefore(today), a.getSupplierResponse(), a.getRespondedAt(),
                        a.getReviewNote())).toList();
        return new RectificationView(plan.getId(), supplierId, name, status, plan.getReviewId(), plan.getState().name(),
                plan.getIssues(), plan.getDueDate(), open && plan.getDueDate().isBefore(today), plan.getOpenedAt(),
                staff ? name(plan.getVerifiedBy()) : null, plan.getVerifiedAt(), plan.getVerificationNote(), actions,
                plan.getVersion());
    }

    private String name(UUID userId) {
        return userId == null ? null : users.find(userId).map(UserSummary::displayName).orElse(null);
    }

    private RectificationPlan find(UUID planId) {
        return plans.findById(planId).orElseThrow(() -> new RecordNotFoundException(ENTITY, planId));
    }

    private SupplierView writable(RectificationPlan plan) {
        SupplierView supplier = suppliers.get(plan.getSupplierId());
        if (!scope.canAccess(ReviewService.WRITE, supplier.orgUnitId())) {
            throw new VigilException(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail");
        }
        return supplier;
    }

    private static void requireOpen(RectificationPlan plan) {
        if (plan.getState() != RectificationPlan.State.OPEN) {
            throw new VigilException(HttpStatus.CONFLICT, "rectification-closed", "supplier.rectification.error.closed");
        }
    }

    static RelatedRecord planRecord(RectificationPlan plan) {
        return new RelatedRecord("supplier", ENTITY, plan.getId().toString(),
                "/suppliers/rectification-plans/" + plan.getId());
    }

    static RelatedRecord actionRecord(RectificationPlan plan, RectificationAction action) {
        return new RelatedRecord("supplier", "SupplierRectificationAction", action.getId().toString(),
                "/suppliers/rectification-plans/" + plan.getId());
    }

    private void audit(String action, RectificationPlan plan, SupplierView supplier, String summary,
            Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> details = new LinkedHashMap<>(after);
        details.put("supplierId", supplier.id().toString());
        events.publishEvent(AuditableEvent.change(action, ENTITY, plan.getId(), supplier.orgUnitId(), summary, before,
                details).relatedTo(SupplierService.ENTITY, supplier.id()));
    }
}
