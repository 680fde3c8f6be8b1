package io.vigil.risk.internal;

import io.vigil.task.TaskChanged;
import io.vigil.task.TaskStatus;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A treatment task done in the task list completes its plan item, in the same transaction. */
@Component
class RiskTaskListener {

    private final RiskService risks;

    RiskTaskListener(RiskService risks) {
        this.risks = risks;
    }

    @EventListener
    void on(TaskChanged event) {
        var related = event.task().related();
        if (event.task().status() == TaskStatus.DONE && related != null && RiskService.MODULE.equals(related.module())
                && "RiskPlanItem".equals(related.type())) {
            risks.planItemTaskDone(UUID.fromString(related.id()));
        }
    }
}
