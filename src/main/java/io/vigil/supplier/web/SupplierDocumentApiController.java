package io.vigil.supplier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigil.supplier.internal.SupplierDocumentService;
import io.vigil.supplier.internal.SupplierDocumentView;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

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

    @PostMapping("/api/v1/suppliers/{id}/documents")
    @PreAuthorize("hasAuthority('supplier:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a document (type, number, issuer, validFrom, validTo)")
    SupplierDocumentView add(@PathVariable UUID id, @RequestBody SupplierDocumentService.NewDocument body) {
        return documents.add(id, body);
    }
}
