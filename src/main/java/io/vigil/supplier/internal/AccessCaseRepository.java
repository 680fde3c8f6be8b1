package io.vigil.supplier.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccessCaseRepository extends JpaRepository<AccessCase, UUID> {

    List<AccessCase> findBySupplierId(UUID supplierId);

    /** Approved express cases whose catch-up deadline has passed without the skipped stages done. */
    @Query("select c from AccessCase c where c.kind = io.vigil.supplier.internal.AccessStages.Kind.EXPRESS "
            + "and c.state = io.vigil.supplier.internal.AccessCase.State.APPROVED and c.catchUpCompleted = false "
            + "and c.suspendedForCatchUp = false and c.catchUpDeadline < :today")
    List<AccessCase> findCatchUpOverdue(LocalDate today);
}
