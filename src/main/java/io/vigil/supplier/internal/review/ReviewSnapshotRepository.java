package io.vigil.supplier.internal.review;

import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Insert and read only: a snapshot has no update or delete path. */
interface ReviewSnapshotRepository extends Repository<ReviewSnapshot, UUID> {

    ReviewSnapshot save(ReviewSnapshot snapshot);

    java.util.Optional<ReviewSnapshot> findById(UUID reviewId);

    boolean existsById(UUID reviewId);
}
