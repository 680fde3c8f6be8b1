package io.vigil.compliance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A certificate or attestation the operator holds (ISO 27001, SOC 2 Type II report, GB 50174 Grade A ...). */
@Entity
@Table(name = "cmp_certificate")
public class Certificate {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String standard;

    @Column(name = "issuing_body", nullable = false)
    private String issuingBody;

    @Column(name = "certificate_number", nullable = false)
    private String number;

    // site codes, comma-separated
    @Column(name = "scope_sites", nullable = false)
    private String scopeSites;

    @Column(name = "scope_services")
    private String scopeServices;

    @Column(name = "org_unit_id", nullable = false)
    private UUID orgUnitId;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "next_surveillance_on")
    private LocalDate nextSurveillanceOn;

    // SOC 2 Type II: the period the report covers
    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected Certificate() {
    }

    public Certificate(UUID id, CertificateData d, Instant now) {
        this.id = id;
        this.createdAt = now;
        apply(d, now);
    }

    public void apply(CertificateData d, Instant now) {
        this.standard = d.standard();
        this.issuingBody = d.issuingBody();
        this.number = d.number();
        this.scopeSites = String.join(",", d.scopeSites());
        this.scopeServices = d.scopeServices();
        this.orgUnitId = d.orgUnitId();
        this.issuedOn = d.issuedOn();
        this.expiresOn = d.expiresOn();
        this.nextSurveillanceOn = d.nextSurveillanceOn();
        this.periodStart = d.periodStart();
        this.periodEnd = d.periodEnd();
        this.updatedAt = now;
    }

    public CertificateData data() {
        return new CertificateData(standard, issuingBody, number,
                scopeSites.isBlank() ? List.of() : Arrays.asList(scopeSites.split(",")), scopeServices, orgUnitId,
                issuedOn, expiresOn, nextSurveillanceOn, periodStart, periodEnd);
    }

    public UUID id() { return id; }
    public String standard() { return standard; }
    public String number() { return number; }
    public UUID orgUnitId() { return orgUnitId; }
    public LocalDate expiresOn() { return expiresOn; }
    public LocalDate nextSurveillanceOn() { return nextSurveillanceOn; }
    public long version() { return version == null ? 0 : version; }
}
