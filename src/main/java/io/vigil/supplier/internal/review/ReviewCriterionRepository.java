package io.vigil.supplier.internal.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewCriterionRepository extends JpaRepository<ReviewCriterion, String> {

    List<ReviewCriterion> findByActiveTrueOrderBySortOrderAsc();

    List<ReviewCriterion> findAllByOrderBySortOrderAsc();
}
