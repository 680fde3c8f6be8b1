package io.vigil.risk.internal;

import io.vigil.identity.OrgUnitView;
import io.vigil.identity.OrgUnits;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.shared.security.DataScope;
import io.vigil.shared.security.RecordNotFoundException;
import io.vigil.shared.security.VisibleUnits;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
 * Reads and writes assets within the caller's data scope: {@code risk:read} units for reads,
 * {@code risk:write} units (old and new) for writes. Every change is audited.
 */
@Service
@Transactional
public class AssetService {

    public static final String READ = "risk:read";
    public static final String WRITE = "risk:write";
    static final String ENTITY = "Asset";

    private final AssetRepository assets;
    private final DataScope scope;
    private final OrgUnits orgUnits;
    private final UserRefs users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssetService(AssetRepository assets, DataScope scope, OrgUnits orgUnits, UserRefs users,
            ApplicationEventPublisher events, Clock clock) {
        this.assets = assets;
        this.scope = scope;
        this.orgUnits = orgUnits;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<AssetView> list(AssetFilter filter, Pageable pageable) {
        VisibleUnits units = scope.visibleUnits(READ);
        Page<Asset> page = assets.findAll(filter.within(units), pageable);
        return page.map(views(page.getContent(), units));
    }

    @Transactional(readOnly = true)
    public List<AssetView> listAll(AssetFilter filter, Sort sort) {
        VisibleUnits units = scope.visibleUnits(READ);
        List<Asset> all = assets.findAll(filter.within(units), sort);
        return all.stream().map(views(all, units)).toList();
    }

    @Transactional(readOnly = true)
    public AssetView get(UUID id) {
        VisibleUnits units = scope.visibleUnits(READ);
        Asset asset = visible(id, units);
        return views(List.of(asset), units).apply(asset);
    }

    /** The visible assets that depend on this one. */
    @Transactional(readOnly = true)
    public List<AssetView.AssetRef> dependents(UUID id) {
        VisibleUnits units = scope.visibleUnits(READ);
        Asset asset = visible(id, units);
        return assets.findDependents(asset.getId(), units.forQuery()).stream()
                .map(a -> new AssetView.AssetRef(a.getId(), a.getCode(), a.getName())).toList();
    }

    /** Visible assets by id (for the risk screens), unknown or hidden ids left out. */
    @Transactional(readOnly = true)
    public Map<UUID, AssetView.AssetRef> refs(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return assets.findVisible(ids, scope.visibleUnits(READ).forQuery()).stream().collect(Collectors.toMap(
                Asset::getId, a -> new AssetView.AssetRef(a.getId(), a.getCode(), a.getName())));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<UUID> findVisibleId(String code) {
        return assets.findByCode(code.strip()).filter(a -> scope.canAccess(READ, a.getOrgUnitId())).map(Asset::getId);
    }

    @Transactional(readOnly = true)
    public boolean canWrite(UUID orgUnitId) {
        return scope.canAccess(WRITE, orgUnitId);
    }

    public AssetView create(AssetData data) {
        List<FieldProblem> problems = AssetRules.check(data);
        checkReferences(null, data, problems);
        if (data.code() != null && assets.existsByCode(data.code().strip())) {
            problems.add(new FieldProblem("code", "risk.error.duplicateCode"));
        }
        throwIfAny(problems);
        Asset asset = assets.save(new Asset(UUID.randomUUID(), data, clock.instant()));
        events.publishEvent(AuditableEvent.change("CREATED", ENTITY, asset.getId(), asset.getOrgUnitId(),
                "Asset " + asset.getCode() + " created", Map.of(), asset.auditFields()));
        return get(asset.getId());
    }

    public AssetView update(UUID id, long expectedVersion, AssetData data) {
        Asset asset = visible(id, scope.visibleUnits(READ));
        if (!scope.canAccess(WRITE, asset.getOrgUnitId())) {
            throw new AccessDeniedException("risk:write is not granted for the asset's unit");
        }
        if (asset.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Asset.class, id);
        }
        List<FieldProblem> problems = AssetRules.check(data);
        checkReferences(id, data, problems);
        if (data.code() != null && assets.existsByCodeAndIdNot(data.code().strip(), id)) {
            problems.add(new FieldProblem("code", "risk.error.duplicateCode"));
        }
        throwIfAny(problems);
        Map<String, Object> before = asset.auditFields();
        asset.apply(data, clock.instant());
        assets.flush();
        Map<String, Object> after = asset.auditFields();
        if (!before.equals(after)) {
            events.publishEvent(AuditableEvent.change("UPDATED", ENTITY, asset.getId(), asset.getOrgUnitId(),
                    "Asset " + asset.getCode() + " updated", changed(before, after), changed(after, before)));
        }
        return get(id);
    }

    private Asset visible(UUID id, VisibleUnits units) {
        return assets.findVisible(id, units.forQuery()).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    private void checkReferences(UUID selfId, AssetData data, List<FieldProblem> problems) {
        if (data.orgUnitId() != null) {
            if (orgUnits.find(data.orgUnitId()).isEmpty()) {
                problems.add(new FieldProblem("orgUnitId", "risk.error.unknownOrgUnit"));
            } else if (!scope.canAccess(WRITE, data.orgUnitId())) {
                problems.add(new FieldProblem("orgUnitId", "risk.error.orgUnitNotWritable"));
            }
        }
        if (data.siteUnitId() != null && orgUnits.find(data.siteUnitId()).isEmpty()) {
            problems.add(new FieldProblem("siteUnitId", "risk.error.unknownOrgUnit"));
        }
        if (data.ownerUserId() != null && !users.exists(data.ownerUserId())) {
            problems.add(new FieldProblem("ownerUserId", "risk.error.unknownUser"));
        }
        if (data.custodianUserId() != null && !users.exists(data.custodianUserId())) {
            problems.add(new FieldProblem("custodianUserId", "risk.error.unknownUser"));
        }
        if (!data.dependsOn().isEmpty()) {
            if (selfId != null && data.dependsOn().contains(selfId)) {
                problems.add(new FieldProblem("dependsOn", "risk.error.dependsOnSelf"));
            }
            Set<UUID> found = assets.findVisible(data.dependsOn(), scope.visibleUnits(READ).forQuery()).stream()
                    .map(Asset::getId).collect(Collectors.toSet());
            data.dependsOn().stream().filter(d -> !found.contains(d) && !d.equals(selfId)).findFirst()
                    .ifPresent(d -> problems.add(new FieldProblem("dependsOn", "risk.error.unknownAsset", d)));
        }
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    static Map<String, Object> changed(Map<String, Object> these, Map<String, Object> others) {
        Map<String, Object> result = new LinkedHashMap<>();
        these.forEach((key, value) -> {
            if (!Objects.equals(value, others.get(key))) {
                result.put(key, value);
            }
        });
        return result;
    }

    /** Resolves units, users and dependencies for a batch with a few lookups, not one per row. */
    private Function<Asset, AssetView> views(List<Asset> batch, VisibleUnits units) {
        Map<UUID, OrgUnitView> unitsById = orgUnits.all().stream()
                .collect(Collectors.toMap(OrgUnitView::id, Function.identity()));
        Set<UUID> userIds = new HashSet<>();
        Set<UUID> dependencyIds = new HashSet<>();
        for (Asset a : batch) {
            userIds.add(a.getOwnerUserId());
            userIds.add(a.getCustodianUserId());
            dependencyIds.addAll(a.getDependsOn());
        }
        Map<UUID, UserRef> refs = users.resolve(userIds);
        Map<UUID, AssetView.AssetRef> dependencies = new HashMap<>();
        if (!dependencyIds.isEmpty()) {
            assets.findVisible(new ArrayList<>(dependencyIds), units.forQuery()).forEach(d -> dependencies.put(d.getId(),
                    new AssetView.AssetRef(d.getId(), d.getCode(), d.getName())));
        }
        return a -> {
            AssetData d = a.data();
            return new AssetView(a.getId(), a.getCode(), a.getName(), a.getType(), a.getDescription(),
                    unitsById.get(a.getOrgUnitId()), a.getSiteUnitId() == null ? null : unitsById.get(a.getSiteUnitId()),
                    refs.get(a.getOwnerUserId()), refs.get(a.getCustodianUserId()), a.getConfidentiality(),
                    a.getIntegrity(), a.getAvailability(), a.getDataClassification(), a.getPersonalInformation(),
                    a.getCriticality(), d.hostnames(), d.ipAddresses(), d.urls(),
                    d.dependsOn().stream().map(id -> dependencies.getOrDefault(id, new AssetView.AssetRef(id, null, null)))
                            .toList(),
                    d.suppliers(), a.getCreatedAt(), a.getUpdatedAt(), a.getVersion());
        };
    }
}
