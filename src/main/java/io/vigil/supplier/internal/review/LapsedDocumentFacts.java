package io.vigil.supplier.internal.review;

import io.vigil.supplier.SupplierFact;
import io.vigil.supplier.SupplierFactsProvider;
import io.vigil.supplier.internal.SupplierDocumentService;
import io.vigil.supplier.internal.SupplierDocumentView;
import java.util.List;
import java.util.UUID;

/**
 * The one facts provider the supplier module ships itself: required documents that are missing or
 * lapsed. Other modules (vulnerability findings, incidents) add theirs by implementing
 * {@link SupplierFactsProvider}.
 */
@org.springframework.stereotype.Component
class LapsedDocumentFacts implements SupplierFactsProvider {

    private final SupplierDocumentService documents;

    LapsedDocumentFacts(SupplierDocumentService documents) {
        this.documents = documents;
    }

    @Override
    public List<SupplierFact> factsFor(UUID supplierId) {
        SupplierDocumentView view = documents.ofSupplier(supplierId);
        return view.lapsedRequired().stream().map(type -> new SupplierFact("supplier", "DOCUMENT_LAPSED", "WARNING",
                "Required document " + type + " is missing or not valid today", null,
                "/suppliers/" + supplierId + "?tab=documents")).toList();
    }
}
