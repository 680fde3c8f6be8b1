package io.vigil.supplier.internal.review;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<Review, UUID> {

    List<Review> findBySupplierIdOrderByPeriodStartDescPeriodDesc(UUID supplierId);

    boolean existsBySupplierIdAndPeriod(UUID supplierId, String period);
}
