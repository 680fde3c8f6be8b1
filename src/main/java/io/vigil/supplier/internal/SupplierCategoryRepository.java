package io.vigil.supplier.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupplierCategoryRepository extends JpaRepository<SupplierCategory, String> {

    List<SupplierCategory> findAllByOrderBySortOrderAsc();
}
