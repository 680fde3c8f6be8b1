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

/**
 * A licence, certificate or agreement of a supplier; lapsed once {@code validTo} is before today.
 * Staff record verified documents; one a supplier contact uploads through the portal is
 * {@link Verification#PENDING_VERIFICATION} until a staff member verifies or rejects it, and only a
 * verified document counts as valid.
 */
@Entity
@Table(name = "supplier_document")
class SupplierDocument {

    enum Type {
        BUSINESS_LICENCE, ISO9001, ISO14001, ISO45001, ISO27001, INDUSTRY_QUALIFICATION, NDA,
        DATA_PROCESSING_AGREEMENT
    }

    enum Verification {
        VERIFIED, PENDING_VERIFICATION, REJECTED
    }

    enum Source {
        STAFF, PORTAL
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Verification verification = Verification.VERIFIED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source = Source.STAFF;

    @Column(name = "verified_by")
    private UUID verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "uploaded_by")
    private UUID uploadedBy;

    @Column(name = "file_id")
    private UUID fileId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "file_content_type")
    private String fileContentType;

    @Column(name = "file_size")
    private Long fileSize;

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

    /** Uploaded by a supplier contact: waits for verification by staff. */
    static SupplierDocument fromPortal(UUID supplierId, Type type, String number, String issuer, LocalDate validFrom,
            LocalDate validTo, UUID contact, Instant now) {
        SupplierDocument d = new SupplierDocument(supplierId, type, number, issuer, validFrom, validTo, now);
        d.source = Source.PORTAL;
        d.verification = Verification.PENDING_VERIFICATION;
        d.uploadedBy = contact;
        return d;
    }

    /** Verified and within its validity on the day. */
    boolean validOn(LocalDate day) {
        return verification == Verification.VERIFIED && !validFrom.isAfter(day)
                && (validTo == null || !validTo.isBefore(day));
    }

    void attach(UUID storedFileId, String name, String contentType, long size, UUID by) {
        this.fileId = storedFileId;
        this.fileName = name;
        this.fileContentType = contentType;
        this.fileSize = size;
        if (uploadedBy == null) {
            this.uploadedBy = by;
        }
    }

    /** Only a pending document can be verified or rejected; the caller turns false into a 409. */
    boolean decide(boolean verified, String reason, UUID by, Instant now) {
        if (verification != Verification.PENDING_VERIFICATION) {
            return false;
        }
        this.verification = verified ? Verification.VERIFIED : Verification.REJECTED;
        this.rejectionReason = verified ? null : reason;
        this.verifiedBy = by;
        this.verifiedAt = now;
        return true;
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

    Verification getVerification() {
        return verification;
    }

    Source getSource() {
        return source;
    }

    String getRejectionReason() {
        return rejectionReason;
    }

    Instant getVerifiedAt() {
        return verifiedAt;
    }

    UUID getFileId() {
        return fileId;
    }

    String getFileName() {
        return fileName;
    }

    String getFileContentType() {
        return fileContentType;
    }

    Long getFileSize() {
        return fileSize;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getVersion() {
        return version == null ? 0 : version;
    }
}
