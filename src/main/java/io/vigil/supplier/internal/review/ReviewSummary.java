package io.vigil.supplier.internal.review;

import io.vigil.supplier.SupplierStatus;
import java.time.LocalDate;
import java.util.UUID;

/** One row of the review lists (per supplier, due/overdue/completed). */
public record ReviewSummary(UUID id, UUID supplierId, String supplierName, String supplierNameEn,
        SupplierStatus supplierStatus, String tier, String period, LocalDate dueDate, String state, boolean overdue,
        Double score, String grade, String proposal, String decision) {
}
