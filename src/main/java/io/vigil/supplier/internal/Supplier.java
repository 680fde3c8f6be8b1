package io.vigil.supplier.internal;

import io.vigil.supplier.CriticalityTier;
import io.vigil.supplier.RegionGroup;
import io.vigil.supplier.SupplierStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.annotations.BatchSize;

/** One supplier in the register. Values are checked by {@link SupplierRules} before they reach here. */
@Entity
@Table(name = "supplier")
class Supplier {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "credit_code")
    private String creditCode;

    @Column(name = "registration_number")
    private String registrationNumber;

    @Column(nullable = false)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegionGroup region;

    private String website;

    private String address;

    // batch fetching: a page of suppliers loads its categories and contacts in a few queries, not one per row
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "supplier_category_link", joinColumns = @JoinColumn(name = "supplier_id"))
    @Column(name = "category_code")
    private Set<String> categories = new TreeSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "supplier_contact", joinColumns = @JoinColumn(name = "supplier_id"))
    @OrderColumn(name = "position")
    private List<ContactRow> contacts = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CriticalityTier criticality;

    @Column(name = "criticality_reason")
    private String criticalityReason;

    @Column(name = "owner_id")
    private UUID ownerId;

    @Column(name = "org_unit_id", nullable = false)
    private UUID orgUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SupplierStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    // a wrapper type so that Spring Data sees a new entity (null) and persists without a select first
    @Version
    private Long version;

    protected Supplier() {
    }

    Supplier(UUID id, SupplierData data, Instant now) {
        this.id = id;
        this.createdAt = now;
        this.status = SupplierStatus.PROSPECT;
        apply(data, now);
    }

    void apply(SupplierData data, Instant now) {
        this.name = data.name();
        this.nameEn = data.nameEn();
        this.creditCode = data.creditCode();
        this.registrationNumber = data.registrationNumber();
        this.country = data.country();
        this.region = RegionGroup.of(data.country());
        this.website = data.website();
        this.address = data.address();
        this.categories.clear();
        this.categories.addAll(data.categories());
        this.contacts.clear();
        data.contacts().forEach(c -> contacts.add(new ContactRow(c)));
        this.criticality = data.criticality() == null ? CriticalityTier.STANDARD : data.criticality();
        this.criticalityReason = data.criticalityReason();
        this.ownerId = data.ownerId();
        this.orgUnitId = data.orgUnitId();
        this.registeredOn = data.registeredOn();
        this.searchText = searchTextOf(name, nameEn, creditCode, registrationNumber);
        this.updatedAt = now;
    }

    /** The transition table has been checked by the caller. */
    void changeStatus(SupplierStatus to, String reason, Instant now) {
        this.status = to;
        this.statusReason = reason;
        this.statusChangedAt = now;
        this.updatedAt = now;
    }

    /** Lower-cased so that a plain (indexable) LIKE finds names regardless of case on every database. */
    static String searchTextOf(String... parts) {
        String text = Stream.of(parts).filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        return text.length() > 600 ? text.substring(0, 600) : text;
    }

    SupplierData data() {
        return new SupplierData(name, nameEn, creditCode, registrationNumber, country, website, address,
                Set.copyOf(categories), contacts.stream().map(ContactRow::toContact).toList(), criticality,
                criticalityReason, ownerId, orgUnitId, registeredOn);
    }

    Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("nameEn", nameEn);
        fields.put("creditCode", creditCode);
        fields.put("registrationNumber", registrationNumber);
        fields.put("country", country);
        fields.put("website", website);
        fields.put("address", address);
        fields.put("categories", String.join(";", new TreeSet<>(categories)));
        fields.put("contacts", contacts.stream().map(c -> c.toContact().name()).collect(Collectors.joining(";")));
        fields.put("criticality", criticality);
        fields.put("criticalityReason", criticalityReason);
        fields.put("ownerId", ownerId);
        fields.put("orgUnitId", orgUnitId);
        fields.put("registeredOn", registeredOn);
        fields.put("status", status);
        fields.values().removeIf(Objects::isNull);
        return fields;
    }

    UUID getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getNameEn() {
        return nameEn;
    }

    String getCreditCode() {
        return creditCode;
    }

    String getRegistrationNumber() {
        return registrationNumber;
    }

    String getCountry() {
        return country;
    }

    RegionGroup getRegion() {
        return region;
    }

    List<Contact> getContacts() {
        return contacts.stream().map(ContactRow::toContact).toList();
    }

    String getNameEnOrName() {
        return nameEn == null ? name : nameEn;
    }

    String getWebsite() {
        return website;
    }

    String getAddress() {
        return address;
    }

    CriticalityTier getCriticality() {
        return criticality;
    }

    String getCriticalityReason() {
        return criticalityReason;
    }

    UUID getOwnerId() {
        return ownerId;
    }

    LocalDate getRegisteredOn() {
        return registeredOn;
    }

    Set<String> getCategories() {
        return categories;
    }

    UUID getOrgUnitId() {
        return orgUnitId;
    }

    SupplierStatus getStatus() {
        return status;
    }

    String getStatusReason() {
        return statusReason;
    }

    Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version == null ? 0 : version;
    }
}
