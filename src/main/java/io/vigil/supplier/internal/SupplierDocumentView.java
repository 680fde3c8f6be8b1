package io.vigil.supplier.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A supplier's documents and which required ones are missing or lapsed today (then it is flagged). */
public record SupplierDocumentView(List<Document> documents, List<String> required, List<String> lapsedRequired,
        boolean flagged) {

    /**
     * @param valid        verified and within its validity today (only such a document satisfies a requirement)
     * @param verification VERIFIED, PENDING_VERIFICATION (uploaded in the portal, waiting for staff) or REJECTED
     * @param source       STAFF or PORTAL
     */
    public record Document(UUID id, String type, String number, String issuer, LocalDate validFrom,
            LocalDate validTo, boolean valid, long version, String verification, String source,
            String rejectionReason, String fileName, Long fileSize) {

        public boolean hasFile() {
            return fileName != null;
        }

        public boolean pending() {
            return "PENDING_VERIFICATION".equals(verification);
        }
    }

    /** Every document type, for forms. */
    public List<String> types() {
        return java.util.Arrays.stream(SupplierDocument.Type.values()).map(Enum::name).toList();
    }

    public long pendingCount() {
        return documents.stream().filter(Document::pending).count();
    }
}
