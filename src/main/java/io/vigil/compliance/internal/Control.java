package io.vigil.compliance.internal;

import io.vigil.compliance.ControlType;
import io.vigil.compliance.TestFrequency;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** An internal control: what the organisation does, who owns it, how often it is tested and what it satisfies. */
@Entity
@Table(name = "cmp_control")
public class Control {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "org_unit_id", nullable = false)
    private UUID orgUnitId;

    @Column(name = "owner_id")
    private UUID ownerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "control_type", nullable = false)
    private ControlType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TestFrequency frequency;

    // asset and risk ids of the risk module, kept by value (comma-separated): no cross-module foreign keys
    @Column(name = "asset_ids")
    private String assetIds;

    @Column(name = "risk_ids")
    private String riskIds;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cmp_control_requirement", joinColumns = @JoinColumn(name = "control_id"))
    @Column(name = "requirement_id")
    private Set<UUID> requirementIds = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected Control() {
    }

    public Control(UUID id, ControlData data, Instant now) {
        this.id = id;
        this.createdAt = now;
        apply(data, now);
    }

    public void apply(ControlData d, Instant now) {
        this.code = d.code();
        this.name = d.name();
        this.description = d.description();
        this.orgUnitId = d.orgUnitId();
        this.ownerId = d.ownerId();
        this.type = d.type();
        this.frequency = d.frequency();
        this.assetIds = join(d.assetIds());
        this.riskIds = join(d.riskIds());
        this.requirementIds.clear();
        this.requirementIds.addAll(d.requirementIds());
        this.updatedAt = now;
    }

    private static String join(List<UUID> ids) {
        return ids == null || ids.isEmpty() ? null : ids.stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    private static List<UUID> split(String ids) {
        return ids == null || ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(UUID::fromString).toList();
    }

    public ControlData data() {
        return new ControlData(code, name, description, orgUnitId, ownerId, type, frequency,
                List.copyOf(requirementIds), split(assetIds), split(riskIds));
    }

    public Map<String, Object> audited() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("orgUnitId", orgUnitId);
        m.put("ownerId", ownerId);
        m.put("type", type);
        m.put("frequency", frequency);
        m.put("requirements", requirementIds.size());
        return m;
    }

    public UUID id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public UUID orgUnitId() { return orgUnitId; }
    public UUID ownerId() { return ownerId; }
    public TestFrequency frequency() { return frequency; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version == null ? 0 : version; }
}
