package io.vigil.supplier.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SupplierDocumentRepository extends JpaRepository<SupplierDocument, UUID> {

    List<SupplierDocument> findBySupplierIdOrderByTypeAscValidToDesc(UUID supplierId);

    /** Documents whose validity ends within the window: their reminder tasks are due. */
    List<SupplierDocument> findByValidToBetween(LocalDate from, LocalDate to);

    @Query(value = "SELECT doc_type FROM supplier_required_document WHERE category IN (:categories)",
            nativeQuery = true)
    List<String> requiredTypes(java.util.Collection<String> categories);

    /** Every (category, document type) requirement. */
    @Query(value = "SELECT category, doc_type FROM supplier_required_document", nativeQuery = true)
    List<Object[]> requiredPairs();
}
