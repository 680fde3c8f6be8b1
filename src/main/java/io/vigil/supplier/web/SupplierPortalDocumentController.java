package io.vigil.supplier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.supplier.internal.SupplierDocumentService;
import io.vigil.supplier.internal.SupplierDocumentView;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The portal's document API: a supplier contact's own company only; anything else is 404. */
@RestController
@Tag(name = "Supplier portal")
class SupplierPortalDocumentController {

    private final SupplierDocumentService documents;

    SupplierPortalDocumentController(SupplierDocumentService documents) {
        this.documents = documents;
    }

    @GetMapping("/api/v1/portal/documents")
    @PreAuthorize("hasAuthority('supplier:portal')")
    @Operation(summary = "My company's documents, with their verification state")
    SupplierDocumentView list() {
        return documents.portalDocuments();
    }

    @PostMapping(path = "/api/v1/portal/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('supplier:portal')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a document of my company (multipart: type, number, issuer, validFrom, validTo, "
            + "file); it is PENDING_VERIFICATION until staff verify it")
    SupplierDocumentView upload(@RequestParam(required = false) String type,
            @RequestParam(required = false) String number, @RequestParam(required = false) String issuer,
            @RequestParam(required = false) String validFrom, @RequestParam(required = false) String validTo,
            @RequestParam(required = false) MultipartFile file) {
        return documents.uploadFromPortal(new SupplierDocumentForm(type, number, issuer, validFrom, validTo).toInput(),
                SupplierDocumentForm.upload(file));
    }

    @GetMapping("/api/v1/portal/documents/{documentId}/file")
    @PreAuthorize("hasAuthority('supplier:portal')")
    @Operation(summary = "Download a file of my company's document; another company's is 404")
    void download(@PathVariable UUID documentId, HttpServletResponse response) throws IOException {
        SupplierDocumentApiController.send(documents, documents.portalFile(documentId), response);
    }
}
