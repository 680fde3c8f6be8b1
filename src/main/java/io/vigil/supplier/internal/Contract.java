package io.vigil.supplier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A contract record with a supplier, possibly from a sourcing event; a barred supplier gets no new one. */
@Entity
@Table(name = "supplier_contract")
class Contract {

    /** DRAFT → ACTIVE → EXPIRED or TERMINATED; a draft may be terminated (abandoned). */
    enum Status {
        DRAFT, ACTIVE, EXPIRED, TERMINATED;

        private static final Map<Status, List<Status>> ALLOWED = new EnumMap<>(Map.of(
                DRAFT, List.of(ACTIVE, TERMINATED),
                ACTIVE, List.of(EXPIRED, TERMINATED),
                EXPIRED, List.of(),
                TERMINATED, List.of()));

        List<Status> allowed() {
            return ALLOWED.get(this);
        }
    }

    @Id
    private UUID id;

    @Column(nullable = false)
    private String number;

    @Column(nullable = false)
    private String title;

    @Column(name = "supplier_id", nullable = false)
    private UUID supplierId;

    @Column(name = "event_id")
    private UUID eventId;

    @Column(name = "contract_value", nullable = false)
    private BigDecimal value;

    @Column(nullable = false)
    private String currency;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "owner_id")
    private UUID ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "org_unit_id", nullable = false)
    private UUID orgUnitId;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private Long version;

    protected Contract() {
    }

    Contract(String number, String title, UUID supplierId, UUID eventId, BigDecimal value, String currency,
            LocalDate startDate, LocalDate endDate, UUID ownerId, Status status, UUID orgUnitId, UUID createdBy,
            Instant now) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.title = title;
        this.supplierId = supplierId;
        this.eventId = eventId;
        this.value = value;
        this.currency = currency;
        this.startDate = startDate;
        this.endDate = endDate;
        this.ownerId = ownerId;
        this.status = status;
        this.orgUnitId = orgUnitId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void changeStatus(Status to, String reason) {
        this.status = to;
        this.statusReason = reason;
    }

    UUID getId() {
        return id;
    }

    String getNumber() {
        return number;
    }

    String getTitle() {
        return title;
    }

    UUID getSupplierId() {
        return supplierId;
    }

    UUID getEventId() {
        return eventId;
    }

    BigDecimal getValue() {
        return value;
    }

    String getCurrency() {
        return currency;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    UUID getOwnerId() {
        return ownerId;
    }

    Status getStatus() {
        return status;
    }

    String getStatusReason() {
        return statusReason;
    }

    UUID getOrgUnitId() {
        return orgUnitId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getVersion() {
        return version == null ? 0 : version;
    }
}
