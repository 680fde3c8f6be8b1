package io.vigil.task.internal;

import io.vigil.task.RelatedRecordFulfilled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Closes the tasks of a record that reached a fulfilling state. Synchronous, in the publisher's
 * transaction, so the record's new state and its closed task commit together.
 */
@Component
class RelatedRecordListener {

    private final TaskService tasks;

    RelatedRecordListener(TaskService tasks) {
        this.tasks = tasks;
    }

    @EventListener
    void on(RelatedRecordFulfilled event) {
        tasks.fulfil(event.related(), event.note());
    }
}
