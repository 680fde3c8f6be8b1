package io.vigil.supplier.internal;

import io.vigil.identity.Role;
import io.vigil.supplier.internal.AccessStages.Stage;
import io.vigil.task.NewTask;
import io.vigil.task.RelatedRecord;
import io.vigil.task.TaskOwner;
import io.vigil.task.TaskPriority;
import io.vigil.task.Tasks;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The work an access case owes its people: whenever a case enters a stage, the stage owner gets a task
 * (the case owner; the final selection goes to the procurement managers, since the owner may not decide
 * their own case), due after the configured days and fulfilled when the stage completes. An approved
 * express case's catch-up deadline is a task too. Each task tracks "case id / stage" so that fulfilling
 * one stage never closes another's.
 */
@Component
class AccessStageTasks {

    static final String STAGE_KIND = "SUPPLIER_ACCESS_STAGE";
    static final String CATCH_UP_KIND = "SUPPLIER_ACCESS_CATCH_UP";
    static final String CATCH_UP = "CATCH_UP";

    private final Tasks tasks;
    private final AccessSettings settings;
    private final Clock clock;

    AccessStageTasks(Tasks tasks, AccessSettings settings, Clock clock) {
        this.tasks = tasks;
        this.settings = settings;
        this.clock = clock;
    }

    static RelatedRecord related(AccessCase c, String part) {
        return new RelatedRecord("supplier", "SupplierAccessCase", c.getId() + "/" + part,
                "/suppliers/access-cases/" + c.getId());
    }

    /** The case has just entered its current stage. */
    void entered(AccessCase c, Supplier supplier) {
        entered(c, supplier, LocalDate.now(clock));
    }

    /** The case entered its current stage on {@code day} (demo data backdates it); due the configured days later. */
    void entered(AccessCase c, Supplier supplier, LocalDate day) {
        Stage stage = c.getStage();
        TaskOwner owner = stage == Stage.FINAL_SELECTION ? TaskOwner.role(Role.PROCUREMENT_MANAGER)
                : TaskOwner.user(c.getOwnerId());
        LocalDate due = day.plusDays(settings.dueDays(stage));
        tasks.open(new NewTask(stage.name().replace('_', ' ').toLowerCase() + ": " + supplier.getName(),
                c.getKind() + " access case for " + supplier.getName() + ": complete the " + stage + " stage.",
                STAGE_KIND, supplier.getOrgUnitId(), owner, related(c, stage.name()), due, TaskPriority.NORMAL));
    }

    void completed(AccessCase c, Stage stage) {
        tasks.fulfil(related(c, stage.name()), stage + " completed");
    }

    /** The case was decided (rejected) while a stage was open: its task is moot. */
    void closed(AccessCase c, Stage stage) {
        tasks.cancel(related(c, stage.name()), "Access case " + c.getState());
    }

    void catchUpDue(AccessCase c, Supplier supplier) {
        tasks.open(new NewTask("Express access catch-up: " + supplier.getName(),
                "Record the on-site inspection and the shortlist announcement by " + c.getCatchUpDeadline()
                        + ", or the supplier is suspended automatically.",
                CATCH_UP_KIND, supplier.getOrgUnitId(), TaskOwner.user(c.getOwnerId()), related(c, CATCH_UP),
                c.getCatchUpDeadline(), TaskPriority.HIGH));
    }

    /** The deadline passed and the supplier was suspended: the catch-up task is moot. */
    void catchUpMissed(AccessCase c) {
        tasks.cancel(related(c, CATCH_UP), "Catch-up deadline passed; supplier suspended");
    }

    void caughtUp(AccessCase c) {
        tasks.fulfil(related(c, CATCH_UP), "Skipped stages recorded");
    }
}
