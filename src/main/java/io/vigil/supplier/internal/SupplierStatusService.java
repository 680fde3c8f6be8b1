package io.vigil.supplier.internal;

import io.vigil.identity.RoleHolders;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.security.VigilPrincipal;
import io.vigil.shared.web.VigilException;
import io.vigil.supplier.BlacklistReason;
import io.vigil.supplier.SupplierStatus;
import io.vigil.supplier.SupplierStatusChanged;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a supplier's classification by the transition table. Blacklisting and lifting a blacklist
 * create a {@link StatusRequest} that takes effect only when approved by people other than the
 * requester; every effective change publishes {@link SupplierStatusChanged} and an audit record.
 */
@Service
@Transactional
public class SupplierStatusService {

    static final String APPROVE = "supplier:approve";
    static final String REQUEST_ENTITY = "SupplierStatusRequest";

    /** The outcome of a request: either applied at once or waiting for approvals. */
    public record Outcome(SupplierView supplier, StatusRequestView pending) {
    }

    private final SupplierRepository suppliers;
    private final StatusRequestRepository requests;
    private final SupplierService service;
    private final DataScope scope;
    private final RoleHolders roleHolders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupplierStatusService(SupplierRepository suppliers, StatusRequestRepository requests, SupplierService service,
            DataScope scope, RoleHolders roleHolders, ApplicationEventPublisher events, Clock clock) {
        this.suppliers = suppliers;
        this.requests = requests;
        this.service = service;
        this.scope = scope;
        this.roleHolders = roleHolders;
        this.events = events;
        this.clock = clock;
    }

    public Outcome request(UUID supplierId, SupplierStatus to, String reason, String reasonCode, Long expectedVersion) {
        Supplier supplier = writable(supplierId);
        if (expectedVersion != null && supplier.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Supplier.class, supplierId);
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (to == null) {
            problems.add(new FieldProblem("status", "supplier.error.required"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "supplier.error.required"));
        } else if (reason.length() > 500) {
            problems.add(new FieldProblem("reason", "supplier.error.tooLong", 500));
        }
        String code = SupplierService.upper(reasonCode);
        if (to == SupplierStatus.BLACKLISTED) {
            if (code == null) {
                problems.add(new FieldProblem("reasonCode", "supplier.error.reasonCodeRequired"));
            } else if (java.util.Arrays.stream(BlacklistReason.values()).noneMatch(r -> r.name().equals(code))) {
                problems.add(new FieldProblem("reasonCode", "supplier.error.reasonCode", code));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSupplierException(problems);
        }
        SupplierStatus from = supplier.getStatus();
        if (!StatusTransitions.isAllowed(from, to)) {
            throw new IllegalTransitionException(from, to, StatusTransitions.allowedFrom(from));
        }
        if (requests.findBySupplierIdAndState(supplierId, StatusRequest.State.PENDING).isPresent()) {
            throw new VigilException(HttpStatus.CONFLICT, "supplier-status-pending", "supplier.error.requestPending");
        }
        StatusTransitions.Approval approval = StatusTransitions.approvalFor(from, to);
        if (!approval.needed()) {
            apply(supplier, to, reason.strip(), code);
            return new Outcome(service.get(supplierId), null);
        }
        StatusRequest request = requests.save(new StatusRequest(supplierId, from, to, reason.strip(), code,
                currentUser(), clock.instant()));
        requests.flush();
        events.publishEvent(AuditableEvent.change("STATUS_CHANGE_REQUESTED", SupplierService.ENTITY, supplierId,
                supplier.getOrgUnitId(), "Supplier " + supplier.getName() + ": " + from + " → " + to + " requested",
                Map.of("status", from.name()), details(to, reason.strip(), code)));
        return new Outcome(service.get(supplierId), StatusRequestView.of(request));
    }

    /**
     * One approval. The requester cannot approve; an approver holds {@code supplier:approve} for the
     * supplier's unit, or (for lifting a blacklist) is ADMIN or CISO. The change applies once enough
     * approvals are in.
     */
    public StatusRequestView approve(UUID supplierId, UUID requestId) {
        Supplier supplier = service.visible(supplierId);
        StatusRequest request = pending(supplierId, requestId);
        UUID approver = currentUser();
        if (approver.equals(request.getRequestedBy())) {
            throw new VigilException(HttpStatus.FORBIDDEN, "segregation-of-duties", "supplier.error.ownRequest");
        }
        if (request.hasApproved(approver)) {
            throw new VigilException(HttpStatus.CONFLICT, "already-approved", "supplier.error.alreadyApproved");
        }
        StatusTransitions.Approval needed = StatusTransitions.approvalFor(request.getFromStatus(),
                request.getTargetStatus());
        boolean adminOrCiso = isAdminOrCiso(approver);
        boolean approverRole = scope.canAccess(APPROVE, supplier.getOrgUnitId());
        if (!approverRole && !(needed.needsAdminOrCiso() && adminOrCiso)) {
            throw new VigilException(HttpStatus.FORBIDDEN, "not-an-approver", "supplier.error.notApprover");
        }
        if (needed.needsAdminOrCiso() && !adminOrCiso && request.getApprovals().size() + 1 >= needed.approvers()
                && request.getApprovals().stream().noneMatch(StatusRequest.ApprovalRow::adminOrCiso)) {
            // the last approval slot is reserved for an ADMIN or CISO
            throw new VigilException(HttpStatus.FORBIDDEN, "admin-or-ciso-required", "supplier.error.adminOrCisoRequired");
        }
        Instant now = clock.instant();
        request.approve(approver, adminOrCiso, now);
        events.publishEvent(AuditableEvent.change("STATUS_CHANGE_APPROVED", SupplierService.ENTITY, supplierId,
                supplier.getOrgUnitId(), "Supplier " + supplier.getName() + ": " + request.getTargetStatus()
                        + " approved", Map.of(), Map.of("requestId", requestId.toString(), "approver", approver.toString())));
        if (request.satisfies(needed)) {
            if (supplier.getStatus() != request.getFromStatus()) {
                // the supplier moved on meanwhile: the request no longer describes a valid change
                request.decide(StatusRequest.State.REJECTED, now);
                throw new IllegalTransitionException(supplier.getStatus(), request.getTargetStatus(),
                        StatusTransitions.allowedFrom(supplier.getStatus()));
            }
            request.decide(StatusRequest.State.APPROVED, now);
            apply(supplier, request.getTargetStatus(), request.getReason(), request.getReasonCode());
        }
        requests.flush();
        return StatusRequestView.of(request);
    }

    public StatusRequestView reject(UUID supplierId, UUID requestId, String reason) {
        Supplier supplier = service.visible(supplierId);
        StatusRequest request = pending(supplierId, requestId);
        UUID user = currentUser();
        if (!user.equals(request.getRequestedBy()) && !scope.canAccess(APPROVE, supplier.getOrgUnitId())
                && !isAdminOrCiso(user)) {
            throw new VigilException(HttpStatus.FORBIDDEN, "not-an-approver", "supplier.error.notApprover");
        }
        request.decide(StatusRequest.State.REJECTED, clock.instant());
        requests.flush();
        events.publishEvent(AuditableEvent.change("STATUS_CHANGE_REJECTED", SupplierService.ENTITY, supplierId,
                supplier.getOrgUnitId(), "Supplier " + supplier.getName() + ": " + request.getTargetStatus()
                        + " rejected", Map.of(), Map.of("requestId", requestId.toString(),
                        "reason", reason == null ? "" : reason)));
        return StatusRequestView.of(request);
    }

    @Transactional(readOnly = true)
    public List<StatusRequestView> requests(UUID supplierId) {
        service.visible(supplierId);
        return requests.findBySupplierIdOrderByRequestedAtDesc(supplierId).stream().map(StatusRequestView::of).toList();
    }

    /** Used by system jobs (catch-up deadlines) as well as people: the transition table still applies. */
    void apply(Supplier supplier, SupplierStatus to, String reason, String reasonCode) {
        SupplierStatus from = supplier.getStatus();
        Instant now = clock.instant();
        supplier.changeStatus(to, reason, now);
        suppliers.flush();
        events.publishEvent(new SupplierStatusChanged(supplier.getId(), supplier.getName(), from, to, reason,
                reasonCode, now));
        events.publishEvent(AuditableEvent.change("STATUS_CHANGED", SupplierService.ENTITY, supplier.getId(),
                supplier.getOrgUnitId(), "Supplier " + supplier.getName() + ": " + from + " → " + to,
                Map.of("status", from.name()), details(to, reason, reasonCode)));
    }

    private Supplier writable(UUID supplierId) {
        Supplier supplier = service.visible(supplierId);
        if (!scope.canAccess(SupplierService.WRITE, supplier.getOrgUnitId())) {
            throw new VigilException(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail");
        }
        return supplier;
    }

    private StatusRequest pending(UUID supplierId, UUID requestId) {
        return requests.findById(requestId)
                .filter(r -> r.getSupplierId().equals(supplierId) && r.getState() == StatusRequest.State.PENDING)
                .orElseThrow(() -> new RecordNotFoundException(REQUEST_ENTITY, requestId));
    }

    private boolean isAdminOrCiso(UUID userId) {
        return roleHolders.candidateKeys(userId).stream()
                .anyMatch(key -> key.startsWith("ADMIN:") || key.startsWith("CISO:"));
    }

    private static UUID currentUser() {
        return VigilPrincipal.current().map(VigilPrincipal::userId)
                .orElseThrow(() -> new VigilException(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail"));
    }

    private static Map<String, Object> details(SupplierStatus to, String reason, String reasonCode) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", to.name());
        after.put("reason", reason);
        if (reasonCode != null) {
            after.put("reasonCode", reasonCode);
        }
        return after;
    }
}
