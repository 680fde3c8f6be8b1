package io.vigil.risk.internal;

import io.vigil.risk.AssetType;
import io.vigil.risk.DataClassification;
import io.vigil.risk.PersonalInformation;
import jakarta.persistence.CollectionTable;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One asset of the inventory. Values are checked by {@link AssetRules}; criticality is derived on every change. */
@Entity
@Table(name = "asset")
public class Asset {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "asset_type", nullable = false)
    private AssetType type;

    private String description;

    @Column(name = "org_unit_id", nullable = false)
    private UUID orgUnitId;

    @Column(name = "site_unit_id")
    private UUID siteUnitId;

    @Column(name = "owner_user_id")
    private UUID ownerUserId;

    @Column(name = "custodian_user_id")
    private UUID custodianUserId;

    @Column(nullable = false)
    private int confidentiality;

    @Column(nullable = false)
    private int integrity;

    @Column(nullable = false)
    private int availability;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_classification", nullable = false)
    private DataClassification dataClassification;

    @Enumerated(EnumType.STRING)
    @Column(name = "personal_information", nullable = false)
    private PersonalInformation personalInformation;

    @Column(nullable = false)
    private int criticality;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @ElementCollection
    @BatchSize(size = 100)
    // entity fields (updatedAt) change on every edit, so the collections need not bump the version again
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "asset_identifier", joinColumns = @JoinColumn(name = "asset_id"))
    private Set<AssetIdentifier> identifiers = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    // entity fields (updatedAt) change on every edit, so the collections need not bump the version again
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "asset_dependency", joinColumns = @JoinColumn(name = "asset_id"))
    @Column(name = "depends_on_id")
    private Set<UUID> dependsOn = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    // entity fields (updatedAt) change on every edit, so the collections need not bump the version again
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "asset_supplier", joinColumns = @JoinColumn(name = "asset_id"))
    private Set<SupplierLink> suppliers = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected Asset() {
    }

    public Asset(UUID id, AssetData data, Instant now) {
        this.id = id;
        this.createdAt = now;
        apply(data, now);
    }

    public void apply(AssetData d, Instant now) {
        this.code = d.code().strip();
        this.name = d.name().strip();
        this.type = d.type();
        this.description = d.description();
        this.orgUnitId = d.orgUnitId();
        this.siteUnitId = d.siteUnitId();
        this.ownerUserId = d.ownerUserId();
        this.custodianUserId = d.custodianUserId();
        this.confidentiality = d.confidentiality();
        this.integrity = d.integrity();
        this.availability = d.availability();
        this.dataClassification = d.dataClassification() == null ? DataClassification.GENERAL
                : d.dataClassification();
        this.personalInformation = d.personalInformation() == null ? PersonalInformation.NONE
                : d.personalInformation();
        this.criticality = CriticalityPolicy.criticality(confidentiality, integrity, availability,
                dataClassification, personalInformation);
        Set<AssetIdentifier> ids = new HashSet<>();
        d.hostnames().forEach(h -> ids.add(new AssetIdentifier(AssetIdentifier.Kind.HOSTNAME, AssetRules.normalise(h))));
        d.ipAddresses().forEach(i -> ids.add(new AssetIdentifier(AssetIdentifier.Kind.IP, AssetRules.normalise(i))));
        d.urls().forEach(u -> ids.add(new AssetIdentifier(AssetIdentifier.Kind.URL, AssetRules.normalise(u))));
        this.identifiers.retainAll(ids);
        this.identifiers.addAll(ids);
        this.dependsOn.retainAll(d.dependsOn());
        this.dependsOn.addAll(d.dependsOn());
        this.suppliers.retainAll(d.suppliers());
        this.suppliers.addAll(d.suppliers());
        this.searchText = searchTextOf(code, name, description);
        this.updatedAt = now;
    }

    static String searchTextOf(String... parts) {
        String text = Stream.of(parts).filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    public List<String> identifiers(AssetIdentifier.Kind kind) {
        return identifiers.stream().filter(i -> i.kind() == kind).map(AssetIdentifier::value).sorted().toList();
    }

    public AssetData data() {
        return new AssetData(code, name, type, description, orgUnitId, siteUnitId, ownerUserId, custodianUserId,
                confidentiality, integrity, availability, dataClassification, personalInformation,
                identifiers(AssetIdentifier.Kind.HOSTNAME), identifiers(AssetIdentifier.Kind.IP),
                identifiers(AssetIdentifier.Kind.URL), dependsOn.stream().sorted().toList(),
                suppliers.stream().sorted(Comparator.comparing(SupplierLink::name)).toList());
    }

    /** The audited view of the editable fields. */
    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        AssetData d = data();
        fields.put("code", code);
        fields.put("name", name);
        fields.put("type", type);
        fields.put("description", description);
        fields.put("orgUnitId", orgUnitId);
        fields.put("siteUnitId", siteUnitId);
        fields.put("ownerUserId", ownerUserId);
        fields.put("custodianUserId", custodianUserId);
        fields.put("confidentiality", confidentiality);
        fields.put("integrity", integrity);
        fields.put("availability", availability);
        fields.put("dataClassification", dataClassification);
        fields.put("personalInformation", personalInformation);
        fields.put("criticality", criticality);
        fields.put("hostnames", String.join(",", d.hostnames()));
        fields.put("ipAddresses", String.join(",", d.ipAddresses()));
        fields.put("urls", String.join(",", d.urls()));
        fields.put("dependsOn", d.dependsOn().stream().map(UUID::toString).collect(Collectors.joining(",")));
        fields.put("suppliers", d.suppliers().stream().map(SupplierLink::name).collect(Collectors.joining(",")));
        fields.values().removeIf(v -> v == null || "".equals(v));
        return fields;
    }

    public UUID getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public AssetType getType() { return type; }
    public String getDescription() { return description; }
    public UUID getOrgUnitId() { return orgUnitId; }
    public UUID getSiteUnitId() { return siteUnitId; }
    public UUID getOwnerUserId() { return ownerUserId; }
    public UUID getCustodianUserId() { return custodianUserId; }
    public int getConfidentiality() { return confidentiality; }
    public int getIntegrity() { return integrity; }
    public int getAvailability() { return availability; }
    public DataClassification getDataClassification() { return dataClassification; }
    public PersonalInformation getPersonalInformation() { return personalInformation; }
    public int getCriticality() { return criticality; }
    public Set<UUID> getDependsOn() { return dependsOn; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Asset other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
