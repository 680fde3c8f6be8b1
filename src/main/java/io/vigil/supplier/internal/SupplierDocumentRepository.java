package io.vigil.supplier.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SupplierDocumentRepository extends JpaRepository<SupplierDocument, UUID> {

    List<SupplierDocument> findBySupplierIdOrderByTypeAscValidToDesc(UUID supplierId);

    /** Documents suppliers uploaded that wait for a staff member, oldest first, of suppliers in these units: (document, supplier name). */
    @Query(value = "select d, s.name from SupplierDocument d, Supplier s"
            + " where s.id = d.supplierId and d.verification = :state and s.orgUnitId in :units"
            + " order by d.createdAt",
            countQuery = "select count(d) from SupplierDocument d, Supplier s where s.id = d.supplierId"
            + " and d.verification = :state and s.orgUnitId in :units")
    org.springframework.data.domain.Page<Object[]> findWaiting(SupplierDocument.Verification state,
            java.util.Collection<UUID> units, org.springframework.data.domain.Pageable pageable);

    boolean existsBySource(SupplierDocument.Source source);

    /** Documents whose validity ends within the window: their reminder tasks are due. */
    List<SupplierDocument> findByValidToBetweenAndVerification(LocalDate from, LocalDate to,
            SupplierDocument.Verification verification);

    @Query(value = "SELECT doc_type FROM supplier_required_document WHERE category IN (:categories)",
            nativeQuery = true)
    List<String> requiredTypes(java.util.Collection<String> categories);

    /** Of these suppliers, those with a required document type missing or not valid on the day. */
    @Query(value = "SELECT DISTINCT CAST(l.supplier_id AS VARCHAR(36)) FROM supplier_category_link l JOIN supplier_required_document r "
            + "ON r.category = l.category_code WHERE l.supplier_id IN (:ids) AND NOT EXISTS (SELECT 1 FROM "
            + "supplier_document d WHERE d.supplier_id = l.supplier_id AND d.doc_type = r.doc_type "
            + "AND d.verification = 'VERIFIED' AND d.valid_from <= :day AND (d.valid_to IS NULL OR d.valid_to >= :day))", nativeQuery = true)
    List<String> flaggedAmong(java.util.Collection<UUID> ids, LocalDate day);

    /** Every (category, document type) requirement. */
    @Query(value = "SELECT category, doc_type FROM supplier_required_document", nativeQuery = true)
    List<Object[]> requiredPairs();
}
