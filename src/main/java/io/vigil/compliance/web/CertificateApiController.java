package io.vigil.compliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.compliance.internal.Certificate;
import io.vigil.compliance.internal.CertificateData;
import io.vigil.compliance.internal.CertificateService;
import io.vigil.compliance.internal.MlpsFiling;
import io.vigil.shared.web.PageResponse;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Compliance")
class CertificateApiController {

    record CertificateRequest(String standard, String issuingBody, String number, List<String> scopeSites,
            String scopeServices, UUID orgUnitId, LocalDate issuedOn, LocalDate expiresOn,
            LocalDate nextSurveillanceOn, LocalDate periodStart, LocalDate periodEnd, Long version) {

        CertificateData data() {
            return new CertificateData(standard, issuingBody, number, scopeSites, scopeServices, orgUnitId, issuedOn,
                    expiresOn, nextSurveillanceOn, periodStart, periodEnd);
        }
    }

    record CertificateResponse(UUID id, String standard, String issuingBody, String number, List<String> scopeSites,
            String scopeServices, UUID orgUnitId, LocalDate issuedOn, LocalDate expiresOn,
            LocalDate nextSurveillanceOn, LocalDate periodStart, LocalDate periodEnd, boolean expiringSoon,
            long version) {
    }

    record FilingRequest(String systemName, int level, String filingNumber, UUID orgUnitId, LocalDate lastAssessedOn) {
    }

    record FilingResponse(UUID id, String systemName, int level, String filingNumber, UUID orgUnitId,
            LocalDate lastAssessedOn, LocalDate nextAssessmentDue, boolean overdue, long version) {
    }

    private final CertificateService certificates;

    CertificateApiController(CertificateService certificates) {
        this.certificates = certificates;
    }

    private CertificateResponse response(Certificate c) {
        var d = c.data();
        LocalDate today = certificates.today();
        return new CertificateResponse(c.id(), d.standard(), d.issuingBody(), d.number(), d.scopeSites(),
                d.scopeServices(), d.orgUnitId(), d.issuedOn(), d.expiresOn(), d.nextSurveillanceOn(), d.periodStart(),
                d.periodEnd(), !d.expiresOn().isAfter(today.plusDays(CertificateService.REMINDER_DAYS)), c.version());
    }

    private FilingResponse response(MlpsFiling f) {
        return new FilingResponse(f.id(), f.systemName(), f.level(), f.filingNumber(), f.orgUnitId(),
                f.lastAssessedOn(), f.nextAssessmentDue(), f.overdue(certificates.today()), f.version());
    }

    @GetMapping("/api/v1/certificates")
    @PreAuthorize("hasAuthority('compliance:read')")
    PageResponse<CertificateResponse> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(certificates.list(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                Sort.by("expiresOn"))), this::response);
    }

    @GetMapping("/api/v1/certificates/{id}")
    @PreAuthorize("hasAuthority('compliance:read')")
    CertificateResponse get(@PathVariable UUID id) {
        return response(certificates.get(id));
    }

    @PostMapping("/api/v1/certificates")
    @PreAuthorize("hasAuthority('compliance:write')")
    @Operation(summary = "Record a certificate or attestation")
    ResponseEntity<CertificateResponse> create(@RequestBody CertificateRequest r) {
        Certificate c = certificates.create(r.data());
        return ResponseEntity.created(URI.create("/api/v1/certificates/" + c.id())).body(response(c));
    }

    @PutMapping("/api/v1/certificates/{id}")
    @PreAuthorize("hasAuthority('compliance:write')")
    CertificateResponse update(@PathVariable UUID id, @RequestBody CertificateRequest r) {
        return response(certificates.update(id, r.data(), r.version() == null ? -1 : r.version()));
    }

    @GetMapping("/api/v1/mlps-filings")
    @PreAuthorize("hasAuthority('compliance:read')")
    @Operation(summary = "MLPS filings with the overdue flag of level 3+ systems")
    PageResponse<FilingResponse> filings(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(certificates.filings(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                Sort.by("systemName"))), this::response);
    }

    @PostMapping("/api/v1/mlps-filings")
    @PreAuthorize("hasAuthority('compliance:write')")
    ResponseEntity<FilingResponse> file(@RequestBody FilingRequest r) {
        MlpsFiling f = certificates.file(r.systemName(), r.level(), r.filingNumber(), r.orgUnitId(), r.lastAssessedOn());
        return ResponseEntity.status(HttpStatus.CREATED).body(response(f));
    }
}
