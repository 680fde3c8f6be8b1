package io.vigil.supplier.internal.review;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RectificationPlanRepository extends JpaRepository<RectificationPlan, UUID> {

    List<RectificationPlan> findBySupplierIdOrderByOpenedAtDesc(UUID supplierId);

    boolean existsBySupplierIdAndState(UUID supplierId, RectificationPlan.State state);
}
