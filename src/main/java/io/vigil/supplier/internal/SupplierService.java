package io.vigil.supplier.internal;

import io.vigil.identity.OrgUnitView;
import io.vigil.identity.OrgUnits;
import io.vigil.identity.UserDirectory;
import io.vigil.identity.UserSummary;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.security.VisibleUnits;
import io.vigil.supplier.RegionGroup;
import io.vigil.supplier.SupplierStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
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
 * Reads and writes suppliers within the caller's data scope: {@code supplier:read} units for every
 * read, {@code supplier:write} units (old and new) for every write. Every change is audited.
 */
@Service
@Transactional
public class SupplierService {

    static final String READ = "supplier:read";
    static final String WRITE = "supplier:write";
    public static final String ENTITY = "Supplier";

    private final SupplierRepository suppliers;
    private final SupplierCategoryRepository categories;
    private final DataScope scope;
    private final OrgUnits orgUnits;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupplierService(SupplierRepository suppliers, SupplierCategoryRepository categories, DataScope scope,
            OrgUnits orgUnits, UserDirectory users, ApplicationEventPublisher events, Clock clock) {
        this.suppliers = suppliers;
        this.categories = categories;
        this.scope = scope;
        this.orgUnits = orgUnits;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** The statistics of the issue: suppliers recorded on or before {@code asOf}, by region, status and category. */
    public record Stats(long total, Map<String, Long> byRegion, Map<String, Long> byStatus,
            Map<String, Long> byCategory) {
    }

    @Transactional(readOnly = true)
    public Page<SupplierView> list(SupplierFilter filter, Pageable pageable) {
        VisibleUnits units = scope.visibleUnits(READ);
        return suppliers.findAll(filter.within(units), pageable).map(views(false));
    }

    @Transactional(readOnly = true)
    public List<SupplierView> listAll(SupplierFilter filter, Sort sort) {
        VisibleUnits units = scope.visibleUnits(READ);
        return suppliers.findAll(filter.within(units), sort).stream().map(views(false)).toList();
    }

    @Transactional(readOnly = true)
    public SupplierView get(UUID id) {
        return views(true).apply(visible(id));
    }

    @Transactional(readOnly = true)
    public boolean canWrite(UUID orgUnitId) {
        return scope.canAccess(WRITE, orgUnitId);
    }

    @Transactional(readOnly = true)
    public List<CategoryView> categories() {
        return categories.findAllByOrderBySortOrderAsc().stream().map(SupplierCategory::view).toList();
    }

    @Transactional(readOnly = true)
    public Stats stats(LocalDate asOf) {
        var units = scope.visibleUnits(READ).forQuery();
        Map<String, Long> byRegion = zeroes(RegionGroup.values());
        suppliers.countByRegion(asOf, units).forEach(kc -> byRegion.put(kc.getKey().toString(), kc.getCount()));
        Map<String, Long> byStatus = zeroes(SupplierStatus.values());
        suppliers.countByStatus(asOf, units).forEach(kc -> byStatus.put(kc.getKey().toString(), kc.getCount()));
        Map<String, Long> byCategory = new LinkedHashMap<>();
        categories().forEach(c -> byCategory.put(c.code(), 0L));
        suppliers.countByCategory(asOf, units).forEach(kc -> byCategory.put(kc.getKey().toString(), kc.getCount()));
        long total = byRegion.values().stream().mapToLong(Long::longValue).sum();
        return new Stats(total, byRegion, byStatus, byCategory);
    }

    public SupplierView create(SupplierData input) {
        SupplierData data = normalize(input);
        List<FieldProblem> problems = SupplierRules.check(data, activeCategoryCodes());
        checkReferences(data, problems);
        if (data.creditCode() != null && suppliers.existsByCreditCode(data.creditCode())) {
            problems.add(new FieldProblem("creditCode", "supplier.error.duplicateCreditCode", data.creditCode()));
        }
        if (data.registrationNumber() != null && suppliers.existsByRegistrationNumber(data.registrationNumber())) {
            problems.add(new FieldProblem("registrationNumber", "supplier.error.duplicateRegistrationNumber",
                    data.registrationNumber()));
        }
        throwIfAny(problems);
        Supplier supplier = suppliers.save(new Supplier(UUID.randomUUID(), data, clock.instant()));
        suppliers.flush();
        events.publishEvent(AuditableEvent.change("CREATED", ENTITY, supplier.getId(), supplier.getOrgUnitId(),
                "Supplier " + supplier.getName() + " created", Map.of(), supplier.auditFields()));
        return get(supplier.getId());
    }

    public SupplierView update(UUID id, long expectedVersion, SupplierData input) {
        Supplier supplier = visible(id);
        if (!scope.canAccess(WRITE, supplier.getOrgUnitId())) {
            throw new AccessDeniedException("supplier:write is not granted for the supplier's unit");
        }
        if (supplier.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Supplier.class, id);
        }
        SupplierData data = normalize(input);
        // a deactivated category stays on the suppliers that have it, but is given to no one else
        Set<String> allowedCategories = new HashSet<>(activeCategoryCodes());
        allowedCategories.addAll(supplier.getCategories());
        List<FieldProblem> problems = SupplierRules.check(data, allowedCategories);
        checkReferences(data, problems);
        if (data.creditCode() != null && suppliers.existsByCreditCodeAndIdNot(data.creditCode(), id)) {
            problems.add(new FieldProblem("creditCode", "supplier.error.duplicateCreditCode", data.creditCode()));
        }
        if (data.registrationNumber() != null
                && suppliers.existsByRegistrationNumberAndIdNot(data.registrationNumber(), id)) {
            problems.add(new FieldProblem("registrationNumber", "supplier.error.duplicateRegistrationNumber",
                    data.registrationNumber()));
        }
        throwIfAny(problems);
        Map<String, Object> before = supplier.auditFields();
        if (!supplier.data().equals(data)) {
            supplier.apply(data, clock.instant());
            suppliers.flush();
            Map<String, Object> after = supplier.auditFields();
            events.publishEvent(AuditableEvent.change("UPDATED", ENTITY, supplier.getId(), supplier.getOrgUnitId(),
                    "Supplier " + supplier.getName() + " updated", changed(before, after), changed(after, before)));
        }
        return get(id);
    }

    Supplier visible(UUID id) {
        return suppliers.findVisible(id, scope.visibleUnits(READ).forQuery())
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    Set<String> categoryCodes() {
        return categories.findAll().stream().map(SupplierCategory::getCode).collect(Collectors.toSet());
    }

    /** The categories a supplier can be given now. */
    Set<String> activeCategoryCodes() {
        return categories.findAll().stream().filter(SupplierCategory::isActive).map(SupplierCategory::getCode)
                .collect(Collectors.toSet());
    }

    /** Codes upper-cased, blanks to null, the registration date defaulting to today. */
    SupplierData normalize(SupplierData d) {
        return new SupplierData(trim(d.name()), trim(d.nameEn()), upper(d.creditCode()), trim(d.registrationNumber()),
                upper(d.country()), trim(d.website()), trim(d.address()),
                d.categories().stream().map(SupplierService::upper).filter(Objects::nonNull).collect(Collectors.toSet()),
                d.contacts().stream().map(c -> new Contact(trim(c.name()), trim(c.email()), trim(c.phone()),
                        trim(c.role()))).toList(),
                d.criticality(), trim(d.criticalityReason()), d.ownerId(), d.orgUnitId(),
                d.registeredOn() == null ? LocalDate.now(clock) : d.registeredOn());
    }

    private void checkReferences(SupplierData data, List<FieldProblem> problems) {
        if (data.orgUnitId() != null) {
            if (orgUnits.find(data.orgUnitId()).isEmpty()) {
                problems.add(new FieldProblem("orgUnitId", "supplier.error.unknownOrgUnit"));
            } else if (!scope.canAccess(WRITE, data.orgUnitId())) {
                problems.add(new FieldProblem("orgUnitId", "supplier.error.orgUnitNotWritable"));
            }
        }
        if (data.ownerId() != null && users.find(data.ownerId()).isEmpty()) {
            problems.add(new FieldProblem("ownerId", "supplier.error.unknownOwner"));
        }
    }

    static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String upper(String text) {
        String trimmed = trim(text);
        return trimmed == null ? null : trimmed.toUpperCase(Locale.ROOT);
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidSupplierException(problems);
        }
    }

    private static Map<String, Long> zeroes(Enum<?>[] values) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            map.put(value.name(), 0L);
        }
        return map;
    }

    static Map<String, Object> changed(Map<String, Object> these, Map<String, Object> others) {
        Map<String, Object> result = new TreeMap<>();
        these.forEach((key, value) -> {
            if (!Objects.equals(value, others.get(key))) {
                result.put(key, value);
            }
        });
        return result;
    }

    /** Unit names from one lookup; the owner's name only for a single record (lists show no owner names). */
    Function<Supplier, SupplierView> views(boolean withOwnerName) {
        Map<UUID, OrgUnitView> unitsById = orgUnits.all().stream()
                .collect(Collectors.toMap(OrgUnitView::id, Function.identity()));
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return s -> {
            OrgUnitView unit = unitsById.get(s.getOrgUnitId());
            String ownerName = withOwnerName && s.getOwnerId() != null
                    ? users.find(s.getOwnerId()).map(UserSummary::displayName).orElse(null) : null;
            return new SupplierView(s.getId(), s.getName(), s.getNameEn(), s.getCreditCode(),
                    s.getRegistrationNumber(), s.getCountry(), s.getRegion(), s.getWebsite(), s.getAddress(),
                    new java.util.TreeSet<>(s.getCategories()), new ArrayList<>(s.getContacts()), s.getCriticality(),
                    s.getCriticalityReason(), s.getOwnerId(), ownerName, s.getOrgUnitId(),
                    unit == null ? null : unit.displayName(locale), s.getStatus(), s.getStatusReason(),
                    s.getStatusChangedAt(), s.getRegisteredOn(), s.getCreatedAt(), s.getUpdatedAt(), s.getVersion());
        };
    }
}
