package io.vigil.supplier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.storage.Downloads;
import io.vigil.storage.StoredFile;
import io.vigil.supplier.internal.SupplierDocumentService;
import io.vigil.supplier.internal.SupplierDocumentView;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Supplier documents")
class SupplierDocumentApiController {

    private final SupplierDocumentService documents;

    SupplierDocumentApiController(SupplierDocumentService documents) {
        this.documents = documents;
    }

    @GetMapping("/api/v1/suppliers/{id}/documents")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "The supplier's documents, the types its categories require and those missing or lapsed")
    SupplierDocumentView list(@PathVariable UUID id) {
        return documents.ofSupplier(id);
    }

    @PostMapping(path = "/api/v1/suppliers/{id}/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('supplier:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a verified document (type, number, issuer, validFrom, validTo)")
    SupplierDocumentView add(@PathVariable UUID id, @RequestBody SupplierDocumentService.NewDocument body) {
        return documents.add(id, body);
    }

    @PostMapping(path = "/api/v1/suppliers/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('supplier:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a verified document with its file (multipart: type, number, issuer, validFrom, "
            + "validTo, file)")
    SupplierDocumentView addWithFile(@PathVariable UUID id, @RequestParam(required = false) String type,
            @RequestParam(required = false) String number, @RequestParam(required = false) String issuer,
            @RequestParam(required = false) String validFrom, @RequestParam(required = false) String validTo,
            @RequestParam(required = false) MultipartFile file) {
        return documents.add(id, new SupplierDocumentForm(type, number, issuer, validFrom, validTo).toInput(),
                SupplierDocumentForm.upload(file));
    }

    @PostMapping(path = "/api/v1/suppliers/{id}/documents/{documentId}/file",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Attach or replace the file of a document (multipart field file)")
    SupplierDocumentView attach(@PathVariable UUID id, @PathVariable UUID documentId,
            @RequestParam(required = false) MultipartFile file) {
        return documents.attachFile(id, documentId, SupplierDocumentForm.upload(file));
    }

    @GetMapping("/api/v1/suppliers/{id}/documents/{documentId}/file")
    @PreAuthorize("hasAuthority('supplier:read')")
    @Operation(summary = "Download a document's file (attachment); another unit's supplier is 404")
    void download(@PathVariable UUID id, @PathVariable UUID documentId, HttpServletResponse response)
            throws IOException {
        send(documents, documents.file(id, documentId), response);
    }

    @PostMapping("/api/v1/suppliers/{id}/documents/{documentId}/verify")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Verify a document the supplier uploaded (only PENDING_VERIFICATION; else 409)")
    SupplierDocumentView verify(@PathVariable UUID id, @PathVariable UUID documentId) {
        return documents.verify(id, documentId);
    }

    @PostMapping("/api/v1/suppliers/{id}/documents/{documentId}/reject")
    @PreAuthorize("hasAuthority('supplier:write')")
    @Operation(summary = "Reject a document the supplier uploaded, with a reason {\"reason\"} (only PENDING_VERIFICATION)")
    SupplierDocumentView reject(@PathVariable UUID id, @PathVariable UUID documentId,
            @RequestBody(required = false) Map<String, String> body) {
        return documents.reject(id, documentId, body == null ? null : body.get("reason"));
    }

    /** Headers first (attachment, octet-stream, nosniff), then the bytes straight from the store. */
    static void send(SupplierDocumentService documents, StoredFile file, HttpServletResponse response)
            throws IOException {
        Downloads.attachment(file).forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        documents.copy(file, response.getOutputStream());
    }
}
