package io.vigil.supplier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A licence, certificate or agreement of a supplier; lapsed once {@code validTo} is before today. */
@Entity
@Table(name = "supplier_document")
class SupplierDocument {

    enum Type {
        BUSINESS_LICENCE, ISO9001, ISO14001, ISO45001, ISO27001, INDUSTRY_QUALIFICATION, NDA,
        DATA_PROCESSING_AGREEMENT
    }

    @Id
    private UUID id;

    @Column(name = "supplier_id", nullable = false)
    private UUID supplierId;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false)
    private Type type;

    @Column(name = "doc_number", nullable = false)
    private String number;

    @Column(nullable = false)
    private String issuer;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private Long version;

    protected SupplierDocument() {
    }

    SupplierDocument(UUID supplierId, Type type, String number, String issuer, LocalDate validFrom,
            LocalDate validTo, Instant now) {
        this.id = UUID.randomUUID();
        this.supplierId = supplierId;
        this.type = type;
        this.number = number;
        this.issuer = issuer;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.createdAt = now;
    }

    boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    UUID getId() {
        return id;
    }

    UUID getSupplierId() {
        return supplierId;
    }

    Type getType() {
        return type;
    }

    String getNumber() {
        return number;
    }

    String getIssuer() {
        return issuer;
    }

    LocalDate getValidFrom() {
        return validFrom;
    }

    LocalDate getValidTo() {
        return validTo;
    }

    long getVersion() {
        return version == null ? 0 : version;
    }
}
