package io.vigil.supplier.internal;

import io.vigil.identity.Role;
import io.vigil.identity.UserDirectory;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.web.VigilException;
import io.vigil.supplier.internal.SourcingEvent.State;
import io.vigil.task.NewTask;
import io.vigil.task.RelatedRecord;
import io.vigil.task.TaskOwner;
import io.vigil.task.TaskPriority;
import io.vigil.task.Tasks;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
 * Contract records. A supplier that is UNQUALIFIED, SUSPENDED or BLACKLISTED is given no new contract (409,
 * also when a draft is activated later); a contract from a sourcing event goes to the supplier it was awarded
 * to. {@link #openEndReminders} opens a task for the contract's owner {@value #REMINDER_DAYS} days before
 * the end (the task facade keeps one per contract).
 */
@Service
@Transactional
public class ContractService {

    static final String ENTITY = "SupplierContract";
    static final String TASK_KIND = "SUPPLIER_CONTRACT_END";
    static final int REMINDER_DAYS = 30;

    public record NewContract(String number, String title, UUID supplierId, UUID eventId, BigDecimal value,
            String currency, LocalDate startDate, LocalDate endDate, UUID ownerId, String status) {
    }

    private final ContractRepository contracts;
    private final SupplierService suppliers;
    private final SupplierRepository supplierRepository;
    private final SourcingAccess sourcing;
    private final UserDirectory users;
    private final DataScope scope;
    private final Tasks tasks;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ContractService(ContractRepository contracts, SupplierService suppliers, SupplierRepository supplierRepository,
            SourcingAccess sourcing, UserDirectory users, DataScope scope, Tasks tasks,
            ApplicationEventPublisher publisher, Clock clock) {
        this.contracts = contracts;
        this.suppliers = suppliers;
        this.supplierRepository = supplierRepository;
        this.sourcing = sourcing;
        this.users = users;
        this.scope = scope;
        this.tasks = tasks;
        this.publisher = publisher;
        this.clock = clock;
    }

    public ContractView create(NewContract input) {
        List<FieldProblem> problems = new ArrayList<>();
        String number = SupplierService.trim(input.number());
        if (number == null) {
            problems.add(new FieldProblem("number", "supplier.error.required"));
        } else if (number.length() > 60) {
            problems.add(new FieldProblem("number", "supplier.error.tooLong", 60));
        }
        String title = SupplierService.trim(input.title());
        if (title == null) {
            problems.add(new FieldProblem("title", "supplier.error.required"));
        } else if (title.length() > 200) {
            problems.add(new FieldProblem("title", "supplier.error.tooLong", 200));
        }
        if (input.supplierId() == null) {
            problems.add(new FieldProblem("supplierId", "supplier.error.required"));
        }
        BigDecimal value = input.value();
        if (value == null || value.signum() < 0 || value.scale() > 2 || value.precision() - value.scale() > 16) {
            problems.add(new FieldProblem("value", "contract.error.value"));
        }
        String currency = input.currency() == null || input.currency().isBlank() ? "CNY"
                : input.currency().strip().toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            problems.add(new FieldProblem("currency", "supplier.sourcing.error.currency"));
        }
        if (input.startDate() == null) {
            problems.add(new FieldProblem("startDate", "supplier.error.required"));
        }
        if (input.endDate() == null) {
            problems.add(new FieldProblem("endDate", "supplier.error.required"));
        } else if (input.startDate() != null && input.endDate().isBefore(input.startDate())) {
            problems.add(new FieldProblem("endDate", "contract.error.endBeforeStart"));
        }
        Contract.Status status = Contract.Status.ACTIVE;
        if (input.status() != null && !input.status().isBlank()) {
            try {
                status = Contract.Status.valueOf(input.status().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                status = null;
            }
            if (status != Contract.Status.DRAFT && status != Contract.Status.ACTIVE) {
                problems.add(new FieldProblem("status", "contract.error.initialStatus"));
            }
        }
        UUID owner = input.ownerId() != null ? input.ownerId() : SourcingAccess.currentUser();
        if (users.find(owner).isEmpty()) {
            problems.add(new FieldProblem("ownerId", "supplier.error.unknownOwner"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSupplierException(problems);
        }
        Supplier supplier = suppliers.visible(input.supplierId());
        if (!scope.canAccess(SupplierService.WRITE, supplier.getOrgUnitId())) {
            throw new VigilException(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail");
        }
        if (supplier.getStatus().barredFromSourcing()) {
            throw new SourcingRefusedException("barred-from-contract", supplier.getStatus());
        }
        if (input.eventId() != null) {
            SourcingEvent event = sourcing.readable(input.eventId());
            boolean awarded = (event.getState() == State.AWARDED || event.getState() == State.CLOSED)
                    && supplier.getId().equals(event.getAwardedSupplierId());
            if (!awarded) {
                throw new VigilException(HttpStatus.CONFLICT, "not-awarded", "contract.error.notAwarded");
            }
        }
        if (contracts.existsByNumber(number)) {
            throw new VigilException(HttpStatus.CONFLICT, "duplicate-number", "contract.error.duplicateNumber", number);
        }
        Contract contract = contracts.saveAndFlush(new Contract(number, title, supplier.getId(), input.eventId(), value,
                currency, input.startDate(), input.endDate(), owner, status, supplier.getOrgUnitId(),
                SourcingAccess.currentUser(), clock.instant()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("supplierId", supplier.getId().toString());
        details.put("number", number);
        details.put("value", value.toPlainString() + " " + currency);
        details.put("term", input.startDate() + "/" + input.endDate());
        details.put("status", status.name());
        if (input.eventId() != null) {
            details.put("eventId", input.eventId().toString());
        }
        audit("CREATED", contract, "Contract " + number + " with " + supplier.getName() + " recorded", details);
        if (status == Contract.Status.ACTIVE) {
            remindIfDue(contract, supplier.getName(), LocalDate.now(clock));
        }
        return ContractView.of(contract, supplier.getName(), LocalDate.now(clock));
    }

    /** Moves a contract along DRAFT → ACTIVE → EXPIRED/TERMINATED; 409 naming the allowed statuses otherwise. */
    public ContractView changeStatus(UUID id, String target, String reason, Long expectedVersion) {
        Contract contract = visible(id);
        if (!scope.canAccess(SupplierService.WRITE, contract.getOrgUnitId())) {
            throw new VigilException(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail");
        }
        Contract.Status to;
        try {
            to = Contract.Status.valueOf(target == null ? "" : target.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSupplierException(List.of(new FieldProblem("status", "contract.error.status")));
        }
        if (expectedVersion != null && contract.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Contract.class, id);
        }
        Contract.Status from = contract.getStatus();
        if (!from.allowed().contains(to)) {
            throw new VigilException(HttpStatus.CONFLICT, "illegal-contract-transition", "contract.error.transition",
                    from.name(), to.name(), from.allowed().isEmpty() ? "-"
                            : from.allowed().stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        String why = SupplierService.trim(reason);
        if (to == Contract.Status.TERMINATED && why == null) {
            throw new InvalidSupplierException(List.of(new FieldProblem("reason", "supplier.error.required")));
        }
        if (why != null && why.length() > 1000) {
            throw new InvalidSupplierException(List.of(new FieldProblem("reason", "supplier.error.tooLong", 1000)));
        }
        Supplier supplier = supplierRepository.findById(contract.getSupplierId()).orElseThrow();
        if (to == Contract.Status.ACTIVE && supplier.getStatus().barredFromSourcing()) {
            throw new SourcingRefusedException("barred-from-contract", supplier.getStatus());
        }
        contract.changeStatus(to, why);
        contracts.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("supplierId", supplier.getId().toString());
        details.put("from", from.name());
        details.put("to", to.name());
        if (why != null) {
            details.put("reason", why);
        }
        audit("STATUS_CHANGED", contract, "Contract " + contract.getNumber() + ": " + from + " → " + to, details);
        if (to == Contract.Status.ACTIVE) {
            remindIfDue(contract, supplier.getName(), LocalDate.now(clock));
        } else {
            tasks.cancel(related(contract), "Contract " + to);
        }
        return ContractView.of(contract, supplier.getName(), LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public ContractView get(UUID id) {
        Contract contract = visible(id);
        return views(List.of(contract)).get(0);
    }

    @Transactional(readOnly = true)
    public boolean canWrite(UUID orgUnitId) {
        return scope.canAccess(SupplierService.WRITE, orgUnitId);
    }

    @Transactional(readOnly = true)
    public Page<ContractView> list(ContractFilter filter, Pageable pageable) {
        Page<Contract> page = contracts.findAll(spec(filter), pageable);
        Map<UUID, ContractView> views = views(page.getContent()).stream()
                .collect(Collectors.toMap(ContractView::id, v -> v));
        return page.map(c -> views.get(c.getId()));
    }

    @Transactional(readOnly = true)
    public List<ContractView> listAll(ContractFilter filter) {
        return views(contracts.findAll(spec(filter), Sort.by("endDate", "number")));
    }

    /** A supplier the contract form offers: not barred, in a unit the caller may write to. */
    public record SupplierOption(UUID id, String name, String status) {
    }

    @Transactional(readOnly = true)
    public List<SupplierOption> contractableSuppliers() {
        var units = scope.visibleUnits(SupplierService.WRITE).forQuery();
        Specification<Supplier> spec = (root, query, cb) -> cb.and(root.get("orgUnitId").in(units),
                cb.not(root.get("status").in(java.util.Arrays.stream(io.vigil.supplier.SupplierStatus.values())
                        .filter(io.vigil.supplier.SupplierStatus::barredFromSourcing).toList())));
        return supplierRepository.findAll(spec, Sort.by("name")).stream()
                .map(s -> new SupplierOption(s.getId(), s.getName(), s.getStatus().name())).toList();
    }

    /** A supplier's contracts (the supplier's own visibility is checked). */
    @Transactional(readOnly = true)
    public List<ContractView> ofSupplier(UUID supplierId) {
        suppliers.visible(supplierId);
        return listAll(new ContractFilter(supplierId, null, null, null));
    }

    /** Daily: a task for the owner of every ACTIVE contract ending within {@value #REMINDER_DAYS} days. */
    public int openEndReminders() {
        LocalDate today = LocalDate.now(clock);
        List<Contract> due = contracts.findByStatusAndEndDateBetween(Contract.Status.ACTIVE, today,
                today.plusDays(REMINDER_DAYS));
        Map<UUID, String> names = names(due.stream().map(Contract::getSupplierId).collect(Collectors.toSet()));
        due.forEach(c -> remindIfDue(c, names.get(c.getSupplierId()), today));
        return due.size();
    }

    private void remindIfDue(Contract c, String supplierName, LocalDate today) {
        if (c.getEndDate().isBefore(today) || c.getEndDate().isAfter(today.plusDays(REMINDER_DAYS))) {
            return;
        }
        TaskOwner owner = c.getOwnerId() != null ? TaskOwner.user(c.getOwnerId()) : TaskOwner.role(Role.PROCUREMENT_OFFICER);
        tasks.open(new NewTask("Contract " + c.getNumber() + " with " + supplierName + " ends on " + c.getEndDate(),
                "Renew, re-source or let the contract end: " + c.getTitle() + ".", TASK_KIND, c.getOrgUnitId(), owner,
                related(c), c.getEndDate(), TaskPriority.HIGH));
    }

    private static RelatedRecord related(Contract c) {
        return new RelatedRecord("supplier", ENTITY, c.getId().toString(), "/contracts/" + c.getId());
    }

    private Contract visible(UUID id) {
        Contract contract = contracts.findById(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        scope.requireAccess(SupplierService.READ, contract.getOrgUnitId(), ENTITY, id);
        return contract;
    }

    private List<ContractView> views(List<Contract> list) {
        Map<UUID, String> names = names(list.stream().map(Contract::getSupplierId).collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(clock);
        return list.stream().map(c -> ContractView.of(c, names.get(c.getSupplierId()), today)).toList();
    }

    private Map<UUID, String> names(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : supplierRepository.findAllById(ids).stream()
                .collect(Collectors.toMap(Supplier::getId, Supplier::getName));
    }

    private Specification<Contract> spec(ContractFilter filter) {
        var units = scope.visibleUnits(SupplierService.READ).forQuery();
        LocalDate today = LocalDate.now(clock);
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(root.get("orgUnitId").in(units));
            if (filter.supplierId() != null) {
                where.add(cb.equal(root.get("supplierId"), filter.supplierId()));
            }
            if (filter.status() != null && !filter.status().isBlank()) {
                Contract.Status status = parse(filter.status());
                where.add(status == null ? cb.disjunction() : cb.equal(root.get("status"), status));
            }
            if (filter.expiringWithinDays() != null) {
                where.add(cb.equal(root.get("status"), Contract.Status.ACTIVE));
                where.add(cb.between(root.get("endDate"), today, today.plusDays(Math.max(0, filter.expiringWithinDays()))));
            }
            if (filter.q() != null && !filter.q().isBlank()) {
                String like = "%" + filter.q().strip().toLowerCase(Locale.ROOT).replace("%", "") + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("number")), like), cb.like(cb.lower(root.get("title")), like)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static Contract.Status parse(String text) {
        try {
            return Contract.Status.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Set<String> statuses() {
        return java.util.Arrays.stream(Contract.Status.values()).map(Enum::name)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private void audit(String action, Contract contract, String summary, Map<String, Object> details) {
        publisher.publishEvent(AuditableEvent.change(action, ENTITY, contract.getId(), contract.getOrgUnitId(), summary,
                Map.of(), details).relatedTo(SupplierService.ENTITY, contract.getSupplierId()));
    }
}
