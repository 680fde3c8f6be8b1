package io.vigil.compliance.internal;

import io.vigil.task.TaskChanged;
import io.vigil.task.TaskStatus;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A corrective action's task done in the task list marks the action implemented, in the same transaction. */
@Component
class CorrectiveActionTaskListener {

    private final AuditProgrammeService audits;

    CorrectiveActionTaskListener(AuditProgrammeService audits) {
        this.audits = audits;
    }

    @EventListener
    void on(TaskChanged event) {
        var related = event.task().related();
        if (event.task().status() == TaskStatus.DONE && related != null && "compliance".equals(related.module())
                && "CorrectiveAction".equals(related.type())) {
            audits.implementedFromTask(UUID.fromString(related.id()));
        }
    }
}
