package io.vigil.task;

import java.time.LocalDate;
import java.util.UUID;

/** One period of an obligation and the task it created. */
public record PeriodView(UUID id, UUID obligationId, String obligationCode, String obligationTitle,
        LocalDate periodStart, LocalDate dueDate, UUID taskId, PeriodStatus status) {
}
