package io.vigil.supplier.internal;

import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.security.VigilPrincipal;
import io.vigil.shared.web.VigilException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What every access-case operation checks first: the case exists for the caller (its supplier is in a
 * visible unit, else 404), it is still open, the caller may change it, declared no conflict; plus the
 * audit record every change writes.
 */
@Component
class AccessCaseAccess {

    static final String ENTITY = "SupplierAccessCase";

    private final AccessCaseRepository cases;
    private final SupplierRepository suppliers;
    private final SupplierService supplierService;
    private final DataScope scope;
    private final ApplicationEventPublisher events;

    AccessCaseAccess(AccessCaseRepository cases, SupplierRepository suppliers, SupplierService supplierService,
            DataScope scope, ApplicationEventPublisher events) {
        this.cases = cases;
        this.suppliers = suppliers;
        this.supplierService = supplierService;
        this.scope = scope;
        this.events = events;
    }

    AccessCase find(UUID caseId) {
        AccessCase c = cases.findById(caseId).orElseThrow(() -> new RecordNotFoundException(ENTITY, caseId));
        // a case of a supplier the caller cannot see does not exist for them
        suppliers.findVisible(c.getSupplierId(), scope.visibleUnits(SupplierService.READ).forQuery())
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, caseId));
        return c;
    }

    AccessCase open(UUID caseId) {
        AccessCase c = find(caseId);
        if (c.getState() != AccessCase.State.OPEN) {
            throw new VigilException(HttpStatus.CONFLICT, "access-closed", "supplier.error.accessClosed");
        }
        return c;
    }

    /** The open case, which must be in {@code stage}; else 409 naming the stage it is in. */
    AccessCase inStage(UUID caseId, AccessStages.Stage stage) {
        AccessCase c = open(caseId);
        if (c.getStage() != stage) {
            throw new VigilException(HttpStatus.CONFLICT, "access-wrong-stage", "supplier.access.error.wrongStage",
                    stage.name(), c.getStage().name());
        }
        return c;
    }

    Supplier visible(UUID supplierId) {
        return supplierService.visible(supplierId);
    }

    Supplier writable(UUID supplierId) {
        Supplier supplier = supplierService.visible(supplierId);
        if (!scope.canAccess(SupplierService.WRITE, supplier.getOrgUnitId())) {
            throw new VigilException(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail");
        }
        return supplier;
    }

    boolean canAccess(String permission, UUID orgUnitId) {
        return scope.canAccess(permission, orgUnitId);
    }

    /** Scoring, voting and approving need a "no conflict" declaration by the caller first. */
    void requireNoConflict(AccessCase c) {
        AccessCase.Declaration declaration = c.declarationOf(currentUser()).orElseThrow(() -> new VigilException(
                HttpStatus.FORBIDDEN, "declaration-required", "supplier.error.declarationRequired"));
        if (declaration.conflict()) {
            throw new VigilException(HttpStatus.FORBIDDEN, "conflict-of-interest", "supplier.error.conflictOfInterest");
        }
    }

    /** The case owner never decides their own case (votes, approvals, rejections). */
    void requireNotOwner(AccessCase c, String messageKey) {
        if (currentUser().equals(c.getOwnerId())) {
            throw new VigilException(HttpStatus.FORBIDDEN, "segregation-of-duties", messageKey);
        }
    }

    static void require(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidSupplierException(problems);
        }
    }

    void audit(String action, AccessCase c, Supplier supplier, String summary) {
        events.publishEvent(AuditableEvent.change(action, ENTITY, c.getId(), supplier.getOrgUnitId(),
                summary + " for supplier " + supplier.getName(), Map.of(),
                Map.of("supplierId", supplier.getId().toString(), "kind", c.getKind().name(),
                        "stage", c.getStage().name(), "state", c.getState().name()))
                .relatedTo(SupplierService.ENTITY, supplier.getId()));
    }

    static UUID currentUser() {
        return VigilPrincipal.current().map(VigilPrincipal::userId)
                .orElseThrow(() -> new VigilException(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail"));
    }
}
