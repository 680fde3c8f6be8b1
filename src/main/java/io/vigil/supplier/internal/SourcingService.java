package io.vigil.supplier.internal;

import io.vigil.identity.OrgUnitView;
import io.vigil.identity.OrgUnits;
import io.vigil.identity.Permission;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.web.VigilException;
import io.vigil.supplier.SupplierStatus;
import io.vigil.supplier.internal.SourcingEvent.State;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sourcing events, their lifecycle ({@link SourcingLifecycle}) and the classification's effects on them: only
 * suppliers of the event's category that are QUALIFIED or PREFERRED may be invited (RECTIFYING ones with a
 * warning); UNQUALIFIED, SUSPENDED and BLACKLISTED ones are refused, from invitation and from award (the status
 * is checked again at award time, since it may have changed since the invitation). The award picks a bid once
 * the evaluation is complete; a bid that is not ranked first needs the awarder to say so, and is flagged.
 */
@Service
@Transactional
public class SourcingService {

    static final String ENTITY = SourcingAccess.ENTITY;
    static final Set<SupplierStatus> INVITABLE =
            Set.of(SupplierStatus.QUALIFIED, SupplierStatus.PREFERRED, SupplierStatus.RECTIFYING);

    public record NewEvent(String title, String kind, String category, BigDecimal budget, String currency,
            UUID orgUnitId, Integer priceWeight) {

        public NewEvent(String title, String kind, String category, BigDecimal budget, String currency,
                UUID orgUnitId) {
            this(title, kind, category, budget, currency, orgUnitId, null);
        }
    }

    /** An award: a bid (by id, or by its supplier), the justification, and for a bid not ranked first the acknowledgement. */
    public record AwardRequest(UUID bidId, UUID supplierId, String justification, boolean notTopRanked,
            Long version) {
    }

    /** A supplier the pool picker offers, with the warning to show for a RECTIFYING one. */
    public record PoolEntry(UUID id, String name, String nameEn, String status, boolean warning) {
    }

    private final SourcingEventRepository events;
    private final SourcingAccess access;
    private final SourcingEvaluationService evaluation;
    private final SupplierService suppliers;
    private final SupplierRepository supplierRepository;
    private final OrgUnits orgUnits;
    private final DataScope scope;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    SourcingService(SourcingEventRepository events, SourcingAccess access, SourcingEvaluationService evaluation,
            SupplierService suppliers, SupplierRepository supplierRepository, OrgUnits orgUnits, DataScope scope,
            ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.access = access;
        this.evaluation = evaluation;
        this.suppliers = suppliers;
        this.supplierRepository = supplierRepository;
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
            kind = input.kind() == null ? null : SourcingEvent.Kind.valueOf(input.kind().strip().toUpperCase(Locale.ROOT));
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
        String currency = input.currency() == null || input.currency().isBlank() ? "CNY"
                : input.currency().strip().toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            problems.add(new FieldProblem("currency", "supplier.sourcing.error.currency"));
        }
        int priceWeight = input.priceWeight() == null ? SourcingRanking.DEFAULT_PRICE_WEIGHT : input.priceWeight();
        if (priceWeight < 0 || priceWeight > 100) {
            problems.add(new FieldProblem("priceWeight", "sourcing.error.priceWeight"));
        }
        UUID unit = unit(input.orgUnitId(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidSupplierException(problems);
        }
        SourcingEvent created = new SourcingEvent(title, kind, category, input.budget(), currency, unit,
                SourcingAccess.currentUser(), clock.instant());
        created.setPriceWeight(priceWeight);
        events.saveAndFlush(created);
        audit("CREATED", created, created.getKind() + " " + created.getTitle() + " drafted for " + category,
                Map.of("budget", created.getBudget().toPlainString() + " " + currency, "priceWeight", priceWeight));
        return access.view(created, null);
    }

    /** Invites a supplier of the pool; a RECTIFYING one is invited with a warning in the answer. */
    public SourcingEventView invite(UUID eventId, UUID supplierId) {
        SourcingEvent event = access.writable(eventId);
        SourcingLifecycle.requireIn(event.getState(), SourcingLifecycle.INVITING, "invite");
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
        event.invite(supplierId, status, SourcingAccess.currentUser(), clock.instant());
        events.flush();
        audit("SUPPLIER_INVITED", event, "Supplier " + supplier.getName() + " (" + status + ") invited",
                Map.of("supplierId", supplierId.toString(), "supplierStatus", status.name()));
        String warning = status == SupplierStatus.RECTIFYING ? "RECTIFYING" : null;
        return access.view(event, warning);
    }

    /**
     * Moves the event: opening for bids needs an invitation, evaluation needs a bid and a panel, cancelling
     * needs a reason; AWARDED is reached through {@link #award} only. Illegal moves are 409 naming the allowed ones.
     */
    public SourcingEventView transition(UUID eventId, String target, String reason, Long expectedVersion) {
        SourcingEvent event = access.writable(eventId);
        State to;
        try {
            to = State.valueOf(target == null ? "" : target.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSupplierException(List.of(new FieldProblem("to", "sourcing.error.state")));
        }
        checkVersion(event, expectedVersion);
        SourcingLifecycle.check(event.getState(), to);
        String why = SupplierService.trim(reason);
        if (why != null && why.length() > 1000) {
            throw new InvalidSupplierException(List.of(new FieldProblem("reason", "supplier.error.tooLong", 1000)));
        }
        switch (to) {
            case AWARDED -> throw new VigilException(HttpStatus.CONFLICT, "award-required", "sourcing.error.awardRequired");
            case OPEN -> {
                if (event.getInvitations().isEmpty()) {
                    throw new VigilException(HttpStatus.CONFLICT, "no-invitations", "sourcing.error.noInvitations");
                }
            }
            case EVALUATION -> {
                SourcingEvaluation current = evaluation.evaluate(event);
                if (current.missing().contains("bids")) {
                    throw new VigilException(HttpStatus.CONFLICT, "no-bids", "sourcing.error.noBids");
                }
                if (current.missing().contains("panel")) {
                    throw new VigilException(HttpStatus.CONFLICT, "no-panel", "sourcing.error.noPanel");
                }
            }
            case CANCELLED -> {
                if (why == null) {
                    throw new InvalidSupplierException(List.of(new FieldProblem("reason", "supplier.error.required")));
                }
            }
            default -> {
            }
        }
        State from = event.getState();
        event.moveTo(to, SourcingAccess.currentUser(), clock.instant(), why);
        events.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from.name());
        details.put("to", to.name());
        if (why != null) {
            details.put("reason", why);
        }
        audit("STATE_CHANGED", event, event.getTitle() + ": " + from + " → " + to + (why == null ? "" : " (" + why + ")"),
                details);
        return access.view(event, null);
    }

    /**
     * Awards the event to a bid once the evaluation is complete: the supplier must be invited and not barred now,
     * the justification is required, and a bid that is not ranked first must be acknowledged ({@code notTopRanked}),
     * which flags the award.
     */
    public SourcingEventView award(UUID eventId, AwardRequest request) {
        SourcingEvent event = access.writable(eventId);
        List<FieldProblem> problems = new ArrayList<>();
        if (request.supplierId() == null && request.bidId() == null) {
            problems.add(new FieldProblem("bidId", "supplier.error.required"));
        }
        String why = SupplierService.trim(request.justification());
        if (why == null) {
            problems.add(new FieldProblem("justification", "supplier.error.required"));
        } else if (why.length() > 2000) {
            problems.add(new FieldProblem("justification", "supplier.error.tooLong", 2000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSupplierException(problems);
        }
        checkVersion(event, request.version());
        SourcingLifecycle.check(event.getState(), State.AWARDED);
        SourcingBid bid = evaluation.bid(eventId, request.bidId(), request.supplierId());
        UUID supplierId = bid != null ? bid.getSupplierId() : request.supplierId();
        if (supplierId == null || !event.invited(supplierId)) {
            throw new VigilException(HttpStatus.CONFLICT, "not-invited", "supplier.sourcing.error.notInvited");
        }
        if (bid == null) {
            throw new VigilException(HttpStatus.CONFLICT, "no-bid", "sourcing.error.noBidFromSupplier");
        }
        Supplier supplier = suppliers.visible(supplierId);
        if (supplier.getStatus().barredFromSourcing()) {
            throw new SourcingRefusedException("barred-from-sourcing", supplier.getStatus());
        }
        SourcingEvaluation result = evaluation.evaluate(event);
        if (!result.complete()) {
            throw new EvaluationIncompleteException(result.missing());
        }
        boolean notTop = !bid.getId().equals(result.topBidId());
        if (notTop && !request.notTopRanked()) {
            throw new VigilException(HttpStatus.CONFLICT, "not-top-ranked", "sourcing.error.notTopRanked");
        }
        event.award(bid.getId(), supplierId, why, notTop, SourcingAccess.currentUser(), clock.instant());
        events.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("supplierId", supplierId.toString());
        details.put("bidId", bid.getId().toString());
        details.put("justification", why);
        details.put("notTopRanked", notTop);
        details.put("amount", bid.getAmount().toPlainString() + " " + bid.getCurrency());
        audit("AWARDED", event, "Awarded to supplier " + supplier.getName() + (notTop ? " (not ranked first)" : "")
                + ": " + why, details);
        return access.view(event, null);
    }

    @Transactional(readOnly = true)
    public SourcingEventView get(UUID eventId) {
        return access.view(access.readable(eventId), null);
    }

    @Transactional(readOnly = true)
    public boolean canWrite(UUID eventId) {
        return access.canWrite(access.readable(eventId).getOrgUnitId());
    }

    @Transactional(readOnly = true)
    public Page<SourcingEventView> list(Pageable pageable) {
        return list(SourcingFilter.none(), pageable);
    }

    @Transactional(readOnly = true)
    public Page<SourcingEventView> list(SourcingFilter filter, Pageable pageable) {
        Page<SourcingEvent> page = events.findAll(spec(filter), pageable);
        List<UUID> ids = page.map(SourcingEvent::getId).getContent();
        Map<UUID, Long> bidCounts = ids.isEmpty() ? Map.of() : events.countBids(ids).stream()
                .collect(Collectors.toMap(SourcingEventRepository.BidCount::getEventId,
                        SourcingEventRepository.BidCount::getBids));
        return page.map(e -> SourcingEventView.summary(e, bidCounts.getOrDefault(e.getId(), 0L)));
    }

    /**
     * The pool picker: suppliers of the event's category in the caller's units that can be invited (QUALIFIED,
     * PREFERRED, RECTIFYING with a warning) and are not invited yet.
     */
    @Transactional(readOnly = true)
    public List<PoolEntry> pool(UUID eventId) {
        SourcingEvent event = access.readable(eventId);
        var units = scope.visibleUnits(SupplierService.READ).forQuery();
        Specification<Supplier> spec = (root, query, cb) -> cb.and(root.get("orgUnitId").in(units),
                root.get("status").in(INVITABLE), cb.isMember(event.getCategory(), root.<Set<String>>get("categories")));
        return supplierRepository.findAll(spec, Sort.by("name")).stream()
                .filter(s -> !event.invited(s.getId()))
                .map(s -> new PoolEntry(s.getId(), s.getName(), s.getNameEn(), s.getStatus().name(),
                        s.getStatus() == SupplierStatus.RECTIFYING))
                .toList();
    }

    /** Names of suppliers by id (one query), for screens. */
    @Transactional(readOnly = true)
    public Map<UUID, String> supplierNames(java.util.Collection<UUID> ids) {
        return supplierRepository.findAllById(ids).stream()
                .collect(Collectors.toMap(Supplier::getId, Supplier::getName));
    }

    private Specification<SourcingEvent> spec(SourcingFilter filter) {
        var units = scope.visibleUnits(SupplierService.READ).forQuery();
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(root.get("orgUnitId").in(units));
            State state = parse(State.class, filter.state());
            if (state != null) {
                where.add(cb.equal(root.get("state"), state));
            }
            SourcingEvent.Kind kind = parse(SourcingEvent.Kind.class, filter.kind());
            if (kind != null) {
                where.add(cb.equal(root.get("kind"), kind));
            }
            if (filter.category() != null && !filter.category().isBlank()) {
                where.add(cb.equal(root.get("category"), filter.category().strip().toUpperCase(Locale.ROOT)));
            }
            if (filter.q() != null && !filter.q().isBlank()) {
                where.add(cb.like(cb.lower(root.get("title")),
                        "%" + filter.q().strip().toLowerCase(Locale.ROOT).replace("%", "") + "%"));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        try {
            return text == null || text.isBlank() ? null : Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void checkVersion(SourcingEvent event, Long expectedVersion) {
        if (expectedVersion != null && event.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(SourcingEvent.class, event.getId());
        }
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
        Map<String, Object> after = new LinkedHashMap<>(details);
        after.put("state", event.getState().name());
        after.put("category", event.getCategory());
        AuditableEvent audited = AuditableEvent.change(action, ENTITY, event.getId(), event.getOrgUnitId(),
                summary, Map.of(), after);
        // invitations and awards concern one supplier: its timeline shows them
        Object supplierId = details.get("supplierId");
        publisher.publishEvent(supplierId == null ? audited : audited.relatedTo(SupplierService.ENTITY, supplierId));
    }
}
