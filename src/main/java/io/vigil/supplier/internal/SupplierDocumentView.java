package io.vigil.supplier.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A supplier's documents and which required ones are missing or lapsed today (then it is flagged). */
public record SupplierDocumentView(List<Document> documents, List<String> required, List<String> lapsedRequired,
        boolean flagged) {

    public record Document(UUID id, String type, String number, String issuer, LocalDate validFrom,
            LocalDate validTo, boolean valid, long version) {
    }
}
