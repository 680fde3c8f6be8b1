package io.vigil.compliance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record CertificateData(String standard, String issuingBody, String number, List<String> scopeSites,
        String scopeServices, UUID orgUnitId, LocalDate issuedOn, LocalDate expiresOn, LocalDate nextSurveillanceOn,
        LocalDate periodStart, LocalDate periodEnd) {

    /** The standards a certificate may attest, as in the list. */
    public static final List<String> STANDARDS = List.of("ISO27001", "ISO27018", "ISO20000-1", "ISO9001", "ISO14001",
            "ISO45001", "ISO22301", "SOC2-TYPE2", "MLPS-L3", "GB50174-A", "TRUSTED-CLOUD");

    public CertificateData {
        scopeSites = scopeSites == null ? List.of() : scopeSites.stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
