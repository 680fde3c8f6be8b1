package io.vigil.supplier.internal;

import java.time.LocalDate;
import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccessCaseRepository extends JpaRepository<AccessCase, UUID> {

    List<AccessCase> findBySupplierId(UUID supplierId);

    String LIST_WHERE = "from AccessCase c, Supplier s where s.id = c.supplierId and s.orgUnitId in :units "
            + "and (:stage is null or c.stage = :stage) and (:kind is null or c.kind = :kind) "
            + "and (:state is null or c.state = :state) "
            // a null UUID parameter has no SQL type on PostgreSQL, so "any" travels as a boolean
            + "and (:anyOwner = true or c.ownerId = :owner) and (:anySupplier = true or c.supplierId = :supplier) "
            + "and (:overdue = false or (c.kind = io.vigil.supplier.internal.AccessStages.Kind.EXPRESS "
            + "and c.state = io.vigil.supplier.internal.AccessCase.State.APPROVED and c.catchUpCompleted = false "
            + "and c.catchUpDeadline < :today))";

    /** One page of visible cases with their supplier's name: a single query, no collections loaded. */
    @Query(value = "select new io.vigil.supplier.internal.AccessCaseRow(c.id, s.id, s.name, c.kind, c.stage, c.state, "
            + "c.expressReason, c.ownerId, c.openedAt, c.catchUpDeadline, c.catchUpCompleted) " + LIST_WHERE,
            countQuery = "select count(c) " + LIST_WHERE)
    Page<AccessCaseRow> list(Collection<UUID> units, AccessStages.Stage stage, AccessStages.Kind kind,
            AccessCase.State state, boolean anyOwner, UUID owner, boolean anySupplier, UUID supplier, boolean overdue,
            LocalDate today, Pageable pageable);

    /** Every visible case with its stage records, one row per record (the funnel's single query). */
    @Query("select c.id, c.kind, c.state, c.stage, c.openedAt, c.decidedAt, r.stage, r.completedAt "
            + "from AccessCase c join Supplier s on s.id = c.supplierId left join c.stages r "
            + "where s.orgUnitId in :units")
    List<Object[]> funnelRows(Collection<UUID> units);

    /** Approved express cases whose catch-up deadline has passed without the skipped stages done. */
    @Query("select c from AccessCase c where c.kind = io.vigil.supplier.internal.AccessStages.Kind.EXPRESS "
            + "and c.state = io.vigil.supplier.internal.AccessCase.State.APPROVED and c.catchUpCompleted = false "
            + "and c.suspendedForCatchUp = false and c.catchUpDeadline < :today")
    List<AccessCase> findCatchUpOverdue(LocalDate today);
}
