package io.vigil.notification.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SentReminderRepository extends JpaRepository<SentReminder, UUID> {

    /** (task id, stage, due date) of the reminders already sent for these tasks: one query per batch. */
    @Query("select r.taskId, r.stage, r.dueDate from SentReminder r where r.taskId in :taskIds")
    List<Object[]> sent(Collection<UUID> taskIds);
}
