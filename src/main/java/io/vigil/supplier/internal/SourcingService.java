package io.vigil.supplier.internal;

import io.vigil.identity.OrgUnitView;
import io.vigil.identity.OrgUnits;
import io.vigil.identity.Permission;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.security.VigilPrincipal;
import io.vigil.shared.web.VigilException;
import io.vigil.supplier.SupplierStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sourcing events and the classification's effects on them: only suppliers of the event's category
 * that are QUALIFIED or PREFERRED may be invited (RECTIFYING ones with a warning); UNQUALIFIED,
 * SUSPENDED and BLACKLISTED ones are refused, from invitation and from award (the status is checked
 * again at award time, since it may have changed since the invitation).
 */
@Service
@Transactional
public class SourcingService {

    static final String ENTITY = "SupplierSourcingEvent";
    private static final Set<SupplierStatus> INVITABLE =
            Set.of(SupplierStatus.QUALIFIED, SupplierStatus.PREFERRED, SupplierStatus.RECTIFYING);

    public record NewEvent(String title, String kind, String category, BigDecimal budget, String currency,
            UUID orgUnitId) {
    }

    private final SourcingEventRepository events;
    private final SupplierService suppliers;
    private final OrgUnits orgUnits;
    private final DataScope scope;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    SourcingService(SourcingEventRepository events, SupplierService suppliers, OrgUnits orgUnits, DataScope scope,
            ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.suppliers = suppliers;
        this.orgUnits = orgUnits;
        this.scope = scope;
        this.publisher = publisher;
        this.clock = clock;
    }

    public SourcingEventView create(NewEvent input) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = SupplierService.trim(input.title());
        if (title == null) {
            problems.add(new FieldProblem("title", "supplier.error.required"));
        } else if (title.length() > 200) {
            problems.add(new FieldProblem("title", "supplier.error.tooLong", 200));
        }
        SourcingEvent.Kind kind = null;
        try {
            kind = input.kind() == null ? null : SourcingEvent.Kind.valueOf(input.kind().strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("kind", "supplier.sourcing.error.kind"));
        }
        if (input.kind() == null) {
            problems.add(new FieldProblem("kind", "supplier.error.required"));
        }
        String category = SupplierService.upper(input.category());
        if (category == null || !suppliers.categoryCodes().contains(category)) {
            problems.add(new FieldProblem("category", "supplier.sourcing.error.category"));
        }
        if (input.budget() == null || input.budget().signum() < 0 || input.budget().scale() > 2
                || input.budget().precision() - input.budget().scale() > 16) {
            problems.add(new FieldProblem("budget", "supplier.sourcing.error.budget"));
        }
        String currency = input.currency() == null ? "CNY" : input.currency().strip().toUpperCase();
        if (!currency.matches("[A-Z]{3}")) {
            problems.add(new FieldProblem("currency", "supplier.sourcing.error.currency"));
        }
        UUID unit = unit(input.orgUnitId(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidSupplierException(problems);
        }
        SourcingEvent created = events.save(new SourcingEvent(title, kind, category, input.budget(), currency, unit,
                currentUser(), clock.instant()));
        events.flush();
        audit("CREATED", created, created.getKind() + " " + created.getTitle() + " opened for " + category,
                Map.of("budget", created.getBudget().toPlainString() + " " + currency));
        return SourcingEventView.of(created, null);
    }

    /** Invites a supplier of the pool; a RECTIFYING one is invited with a warning in the answer. */
    public SourcingEventView invite(UUID eventId, UUID supplierId) {
        SourcingEvent event = writableOpen(eventId);
        if (supplierId == null) {
            throw new InvalidSupplierException(List.of(new FieldProblem("supplierId", "supplier.error.required")));
        }
        Supplier supplier = suppliers.visible(supplierId);
        SupplierStatus status = supplier.getStatus();
        if (status.barredFromSourcing()) {
            throw new SourcingRefusedException("barred-from-sourcing", status);
        }
        if (!INVITABLE.contains(status)) {
            throw new SourcingRefusedException("not-qualified", status);
        }
        if (!supplier.getCategories().contains(event.getCategory())) {
            throw new VigilException(HttpStatus.CONFLICT, "not-in-category", "supplier.sourcing.error.notInCategory",
                    event.getCategory());
        }
        if (event.invited(supplierId)) {
            throw new VigilException(HttpStatus.CONFLICT, "already-invited", "supplier.sourcing.error.alreadyInvited");
        }
        if (event.getKind() == SourcingEvent.Kind.SINGLE_SOURCE && !event.getInvitations().isEmpty()) {
            throw new VigilException(HttpStatus.CONFLICT, "single-source", "supplier.sourcing.error.singleSource");
        }
        event.invite(supplierId, status, currentUser(), clock.instant());
        events.flush();
        audit("SUPPLIER_INVITED", event, "Supplier " + supplier.getName() + " (" + status + ") invited",
                Map.of("supplierId", supplierId.toString(), "supplierStatus", status.name()));
        String warning = status == SupplierStatus.RECTIFYING ? "RECTIFYING" : null;
        return SourcingEventView.of(event, warning);
    }

    /** Awards the event to an invited supplier that is not barred now, with a justification. */
    public SourcingEventView award(UUID eventId, Long expectedVersion, UUID supplierId, String justification) {
        SourcingEvent event = writableOpen(eventId);
        List<FieldProblem> problems = new ArrayList<>();
        if (supplierId == null) {
            problems.add(new FieldProblem("supplierId", "supplier.error.required"));
        }
        String why = SupplierService.trim(justification);
        if (why == null) {
            problems.add(new FieldProblem("justification", "supplier.error.required"));
        } else if (why.length() > 2000) {
            problems.add(new FieldProblem("justification", "supplier.error.tooLong", 2000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSupplierException(problems);
        }
        if (expectedVersion != null && event.getVersion() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(SourcingEvent.class, eventId);
        }
        if (!event.invited(supplierId)) {
            throw new VigilException(HttpStatus.CONFLICT, "not-invited", "supplier.sourcing.error.notInvited");
        }
        Supplier supplier = suppliers.visible(supplierId);
        if (supplier.getStatus().barredFromSourcing()) {
            throw new SourcingRefusedException("barred-from-sourcing", supplier.getStatus());
        }
        event.award(supplierId, why, clock.instant());
        events.flush();
        audit("AWARDED", event, "Awarded to supplier " + supplier.getName() + ": " + why,
                Map.of("supplierId", supplierId.toString(), "justification", why));
        return SourcingEventView.of(event, null);
    }

    @Transactional(readOnly = true)
    public SourcingEventView get(UUID eventId) {
        return SourcingEventView.of(find(eventId), null);
    }

    @Transactional(readOnly = true)
    public Page<SourcingEventView> list(Pageable pageable) {
        return events.findByOrgUnitIdIn(scope.visibleUnits(SupplierService.READ).forQuery(), pageable)
                .map(e -> SourcingEventView.of(e, null));
    }

    private SourcingEvent find(UUID eventId) {
        SourcingEvent event = events.findById(eventId).orElseThrow(() -> new RecordNotFoundException(ENTITY, eventId));
        scope.requireAccess(SupplierService.READ, event.getOrgUnitId(), ENTITY, eventId);
        return event;
    }

    private SourcingEvent writableOpen(UUID eventId) {
        SourcingEvent event = find(eventId);
        if (!scope.canAccess(SupplierService.WRITE, event.getOrgUnitId())) {
            throw new VigilException(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail");
        }
        if (event.getState() != SourcingEvent.State.OPEN) {
            throw new VigilException(HttpStatus.CONFLICT, "sourcing-closed", "supplier.sourcing.error.closed");
        }
        return event;
    }

    private UUID unit(UUID requested, List<FieldProblem> problems) {
        if (requested != null) {
            if (!scope.canAccess(SupplierService.WRITE, requested)) {
                problems.add(new FieldProblem("orgUnitId", "supplier.error.orgUnitNotWritable"));
            }
            return requested;
        }
        List<OrgUnitView> writable = orgUnits.visibleTo(Permission.SUPPLIER_WRITE);
        if (writable.isEmpty()) {
            problems.add(new FieldProblem("orgUnitId", "supplier.error.orgUnitNotWritable"));
            return null;
        }
        return writable.get(0).id();
    }

    private void audit(String action, SourcingEvent event, String summary, Map<String, Object> details) {
        Map<String, Object> after = new java.util.LinkedHashMap<>(details);
        after.put("state", event.getState().name());
        after.put("category", event.getCategory());
        AuditableEvent audited = AuditableEvent.change(action, ENTITY, event.getId(), event.getOrgUnitId(),
                summary, Map.of(), after);
        // invitations and awards concern one supplier: its timeline shows them
        Object supplierId = details.get("supplierId");
        publisher.publishEvent(supplierId == null ? audited : audited.relatedTo(SupplierService.ENTITY, supplierId));
    }

    private static UUID currentUser() {
        return VigilPrincipal.current().map(VigilPrincipal::userId)
                .orElseThrow(() -> new VigilException(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail"));
    }
}
