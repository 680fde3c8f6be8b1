package io.vigil.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The task module's facade. Modules open, reschedule and close the tasks they raise here, keyed by
 * the record they track; instead of calling {@link #fulfil} they may publish
 * {@link RelatedRecordFulfilled} in their own transaction. Every change is audited.
 */
public interface Tasks {

    /** Opens a task; when an active task for the same related record and kind exists, returns it unchanged. */
    TaskView open(NewTask task);

    /** Moves the due date (and title) of the active tasks tracking {@code related}. */
    List<TaskView> reschedule(RelatedRecord related, LocalDate dueDate);

    /** Closes (done) every active task tracking the record, because the record reached a fulfilling state. */
    List<TaskView> fulfil(RelatedRecord related, String note);

    /** Cancels every active task tracking the record (the record was withdrawn or deleted). */
    List<TaskView> cancel(RelatedRecord related, String note);

    Optional<TaskView> find(UUID taskId);

    /** The user's own tasks and those offered to a role they hold, overdue first, then due soon. */
    Page<TaskView> mine(UUID userId, TaskFilter filter, Pageable pageable);

    /** How many active tasks the user owns or may take: the navigation badge. */
    long countMineActive(UUID userId);

    /** Active tasks due on or before {@code day}: the reminder job reads them in one query. */
    List<TaskView> activeDueOnOrBefore(LocalDate day);
}
