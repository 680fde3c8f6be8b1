package io.vigil.people.internal;

import io.vigil.identity.OrgUnitView;
import io.vigil.identity.OrgUnits;
import io.vigil.identity.UserDirectory;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.security.VisibleUnits;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes employees within the caller's data scope: {@code people:read} units for every
 * read, {@code people:write} units (old and new) for every write. Every change is audited.
 */
@Service
@Transactional
public class EmployeeService {

    static final String READ = "people:read";
    static final String WRITE = "people:write";
    static final String ENTITY = "Employee";
    private static final int MAX_MANAGER_DEPTH = 100;

    private final EmployeeRepository employees;
    private final DataScope scope;
    private final OrgUnits orgUnits;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmployeeService(EmployeeRepository employees, DataScope scope, OrgUnits orgUnits, UserDirectory users,
            ApplicationEventPublisher events, Clock clock) {
        this.employees = employees;
        this.scope = scope;
        this.orgUnits = orgUnits;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<EmployeeView> list(EmployeeFilter filter, Pageable pageable) {
        VisibleUnits units = scope.visibleUnits(READ);
        Page<Employee> page = employees.findAll(filter.within(units), pageable);
        return page.map(views(page.getContent(), units));
    }

    /** Everything the filter matches in the caller's scope, for an export; the export itself is audited. */
    @Transactional(readOnly = true)
    public List<EmployeeView> listAll(EmployeeFilter filter, Sort sort) {
        VisibleUnits units = scope.visibleUnits(READ);
        List<Employee> all = employees.findAll(filter.within(units), sort);
        return all.stream().map(views(all, units)).toList();
    }

    @Transactional(readOnly = true)
    public EmployeeView get(UUID id) {
        VisibleUnits units = scope.visibleUnits(READ);
        Employee employee = visible(id, units);
        return views(List.of(employee), units).apply(employee);
    }

    @Transactional(readOnly = true)
    public Page<EmployeeView> directReports(UUID managerId, Pageable pageable) {
        VisibleUnits units = scope.visibleUnits(READ);
        Employee manager = visible(managerId, units);
        Page<Employee> page = employees.findByManagerIdAndOrgUnitIdIn(manager.getId(), units.forQuery(), pageable);
        return page.map(views(page.getContent(), units));
    }

    /** The id of a visible employee with this number, for forms that let people type a manager's number. */
    @Transactional(readOnly = true)
    public java.util.Optional<UUID> findVisibleId(String employeeNumber) {
        return employees.findByEmployeeNumberAndOrgUnitIdIn(employeeNumber, scope.visibleUnits(READ).forQuery())
                .map(Employee::getId);
    }

    /** Whether the caller may change employees of this unit (what screens use to show or hide edit actions). */
    @Transactional(readOnly = true)
    public boolean canWrite(UUID orgUnitId) {
        return scope.canAccess(WRITE, orgUnitId);
    }

    public EmployeeView create(EmployeeData data) {
        List<FieldProblem> problems = EmployeeRules.check(data);
        checkReferences(null, data, problems);
        if (data.employeeNumber() != null && employees.existsByEmployeeNumber(data.employeeNumber())) {
            problems.add(new FieldProblem("employeeNumber", "people.error.duplicateNumber"));
        }
        throwIfAny(problems);
        Employee employee = employees.save(new Employee(UUID.randomUUID(), data, clock.instant()));
        events.publishEvent(AuditableEvent.change("CREATED", ENTITY, employee.getId(), employee.getOrgUnitId(),
                "Employee " + employee.getEmployeeNumber() + " created", Map.of(), employee.auditFields()));
        return get(employee.getId());
    }

    public EmployeeView update(UUID id, long expectedVersion, EmployeeData data) {
        Employee employee = visible(id, scope.visibleUnits(READ));
        if (!scope.canAccess(WRITE, employee.getOrgUnitId())) {
            throw new AccessDeniedException("people:write is not granted for the employee's unit");
        }
        if (employee.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Employee.class, id);
        }
        List<FieldProblem> problems = EmployeeRules.check(data);
        checkReferences(employee.getId(), data, problems);
        if (data.employeeNumber() != null && employees.existsByEmployeeNumberAndIdNot(data.employeeNumber(), id)) {
            problems.add(new FieldProblem("employeeNumber", "people.error.duplicateNumber"));
        }
        throwIfAny(problems);
        Map<String, Object> before = employee.auditFields();
        if (!employee.data().equals(data)) {
            employee.apply(data, clock.instant());
            employees.flush();
            Map<String, Object> after = employee.auditFields();
            events.publishEvent(AuditableEvent.change("UPDATED", ENTITY, employee.getId(), employee.getOrgUnitId(),
                    "Employee " + employee.getEmployeeNumber() + " updated", changed(before, after),
                    changed(after, before)));
        }
        return get(id);
    }

    private Employee visible(UUID id, VisibleUnits units) {
        return employees.findVisible(id, units.forQuery()).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    /** Unit, manager and linked account: the checks that need the database. */
    private void checkReferences(UUID selfId, EmployeeData data, List<FieldProblem> problems) {
        if (data.orgUnitId() != null) {
            if (orgUnits.find(data.orgUnitId()).isEmpty()) {
                problems.add(new FieldProblem("orgUnitId", "people.error.unknownOrgUnit"));
            } else if (!scope.canAccess(WRITE, data.orgUnitId())) {
                problems.add(new FieldProblem("orgUnitId", "people.error.orgUnitNotWritable"));
            }
        }
        if (data.managerId() != null) {
            if (data.managerId().equals(selfId)) {
                problems.add(new FieldProblem("managerId", "people.error.managerIsSelf"));
            } else if (employees.findVisible(data.managerId(), scope.visibleUnits(READ).forQuery()).isEmpty()) {
                problems.add(new FieldProblem("managerId", "people.error.unknownManager"));
            } else if (selfId != null && reportsTo(data.managerId(), selfId)) {
                problems.add(new FieldProblem("managerId", "people.error.managerCycle"));
            }
        }
        if (data.userId() != null && users.find(data.userId()).isEmpty()) {
            problems.add(new FieldProblem("userId", "people.error.unknownUser"));
        }
    }

    /** Whether {@code employeeId} has {@code ancestorId} somewhere above it in the reporting line. */
    private boolean reportsTo(UUID employeeId, UUID ancestorId) {
        UUID current = employeeId;
        Set<UUID> seen = new HashSet<>();
        for (int depth = 0; current != null && depth < MAX_MANAGER_DEPTH && seen.add(current); depth++) {
            if (current.equals(ancestorId)) {
                return true;
            }
            current = employees.findManagerId(current).orElse(null);
        }
        return false;
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidEmployeeException(problems);
        }
    }

    private static Map<String, Object> changed(Map<String, Object> these, Map<String, Object> others) {
        Map<String, Object> result = new LinkedHashMap<>();
        these.forEach((key, value) -> {
            if (!Objects.equals(value, others.get(key))) {
                result.put(key, value);
            }
        });
        return result;
    }

    /** Resolves units and managers for a batch of employees with two lookups, not one per row. */
    private Function<Employee, EmployeeView> views(List<Employee> batch, VisibleUnits units) {
        Map<UUID, OrgUnitView> unitsById = orgUnits.all().stream()
                .collect(Collectors.toMap(OrgUnitView::id, Function.identity()));
        Set<UUID> managerIds = batch.stream().map(Employee::getManagerId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, EmployeeView.ManagerRef> managers = new java.util.HashMap<>();
        if (!managerIds.isEmpty()) {
            for (List<UUID> chunk : chunks(new ArrayList<>(managerIds))) {
                employees.findRefs(chunk, units.forQuery()).forEach(ref -> managers.put(ref.getId(),
                        new EmployeeView.ManagerRef(ref.getId(), ref.getEmployeeNumber(), ref.getName())));
            }
        }
        return e -> new EmployeeView(e.getId(), e.getEmployeeNumber(), e.getName(), e.getNameEn(), e.getEmail(),
                e.getPhone(), unitsById.get(e.getOrgUnitId()), e.getPosition(),
                e.getManagerId() == null ? null
                        : managers.getOrDefault(e.getManagerId(), new EmployeeView.ManagerRef(e.getManagerId(), null, null)),
                e.getHireDate(), e.getLeaveDate(), e.getStatus(), e.getUserId(), e.getCreatedAt(), e.getUpdatedAt(),
                e.getVersion());
    }

    /** IN lists stay well below database parameter limits. */
    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 1000) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 1000)));
        }
        return chunks;
    }
}
