package io.vigil.compliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.compliance.internal.ControlService;
import io.vigil.storage.Downloads;
import io.vigil.storage.StoredFile;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Evidence files, for whoever reads the control (its units, or an external auditor during fieldwork). */
@RestController
@Tag(name = "Compliance")
class EvidenceDownloadController {

    private final ControlService controls;

    EvidenceDownloadController(ControlService controls) {
        this.controls = controls;
    }

    @GetMapping("/api/v1/evidence/{id}/file")
    @PreAuthorize(ComplianceAuditApiController.READ)
    @Operation(summary = "Download an evidence file (attachment); 404 outside the caller's units; audited")
    void download(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        StoredFile file = controls.evidenceFile(id);
        Downloads.attachment(file).forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        controls.copyEvidenceFile(file, response.getOutputStream());
    }
}
