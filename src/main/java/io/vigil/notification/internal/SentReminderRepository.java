package io.vigil.notification.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SentReminderRepository extends JpaRepository<SentReminder, UUID> {

    boolean existsByTaskIdAndStageAndDueDate(UUID taskId, String stage, LocalDate dueDate);
}
