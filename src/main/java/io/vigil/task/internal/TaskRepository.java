package io.vigil.task.internal;

import io.vigil.task.TaskStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface TaskRepository extends JpaRepository<Task, UUID>, JpaSpecificationExecutor<Task> {

    @Query("""
            select t from Task t where t.relatedModule = :module and t.relatedType = :type and t.relatedId = :id
              and t.status in :statuses order by t.createdAt""")
    List<Task> findRelated(String module, String type, String id, Collection<TaskStatus> statuses);

    @Query("select t from Task t where t.status in :statuses and t.dueDate <= :day order by t.dueDate")
    List<Task> findByStatusInAndDueOnOrBefore(Collection<TaskStatus> statuses, LocalDate day);

    @Query("""
            select count(t) from Task t where t.status in :statuses
              and (t.ownerUserId = :userId or t.candidateKey in :candidateKeys)""")
    long countMine(UUID userId, Collection<String> candidateKeys, Collection<TaskStatus> statuses);
}
