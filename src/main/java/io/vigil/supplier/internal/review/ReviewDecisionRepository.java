package io.vigil.supplier.internal.review;

import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Insert and read only, like the snapshot. */
interface ReviewDecisionRepository extends Repository<ReviewDecision, UUID> {

    ReviewDecision save(ReviewDecision decision);

    java.util.Optional<ReviewDecision> findById(UUID reviewId);
}
