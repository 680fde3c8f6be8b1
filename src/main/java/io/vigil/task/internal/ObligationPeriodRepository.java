package io.vigil.task.internal;

import io.vigil.task.PeriodStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ObligationPeriodRepository extends JpaRepository<ObligationPeriod, UUID> {

    @Query("select max(p.periodStart) from ObligationPeriod p where p.obligationId = :obligationId")
    LocalDate lastPeriodStart(UUID obligationId);

    boolean existsByObligationIdAndPeriodStart(UUID obligationId, LocalDate periodStart);

    /** Open periods that can be settled now: their task closed, or their deadline passed. */
    @Query("""
            select p, t from ObligationPeriod p, Task t where t.id = p.taskId and p.status = io.vigil.task.PeriodStatus.OPEN
              and (t.status in (io.vigil.task.TaskStatus.DONE, io.vigil.task.TaskStatus.CANCELLED) or p.dueDate < :today)""")
    List<Object[]> findSettleable(LocalDate today);

    long countByObligationId(UUID obligationId);

    Page<ObligationPeriod> findByObligationIdOrderByPeriodStartDesc(UUID obligationId, Pageable pageable);

    @Query("""
            select p from ObligationPeriod p, Obligation o where o.id = p.obligationId and o.orgUnitId in :units
              and p.dueDate between :from and :to order by p.dueDate, o.title""")
    List<ObligationPeriod> findDueBetween(Collection<UUID> units, LocalDate from, LocalDate to);

    @Query("""
            select p from ObligationPeriod p, Obligation o where o.id = p.obligationId and o.orgUnitId in :units
              and p.status = :status order by p.dueDate desc""")
    Page<ObligationPeriod> findByStatusInUnits(Collection<UUID> units, PeriodStatus status, Pageable pageable);
}
