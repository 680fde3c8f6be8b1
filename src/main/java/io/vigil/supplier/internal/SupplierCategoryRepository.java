package io.vigil.supplier.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SupplierCategoryRepository extends JpaRepository<SupplierCategory, String> {

    List<SupplierCategory> findAllByOrderBySortOrderAsc();

    /** Suppliers per category code, of every unit: how widely a category is used. */
    @Query(value = "SELECT category_code, COUNT(*) FROM supplier_category_link GROUP BY category_code", nativeQuery = true)
    List<Object[]> countSuppliers();

    @Query(value = "SELECT category, doc_type FROM supplier_required_document", nativeQuery = true)
    List<Object[]> requiredDocuments();

    @Modifying
    @Query(value = "DELETE FROM supplier_required_document WHERE category = :category", nativeQuery = true)
    void clearRequiredDocuments(String category);

    @Modifying
    @Query(value = "INSERT INTO supplier_required_document (category, doc_type) VALUES (:category, :type)",
            nativeQuery = true)
    void addRequiredDocument(String category, String type);
}
