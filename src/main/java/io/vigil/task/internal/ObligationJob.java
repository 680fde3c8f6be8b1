package io.vigil.task.internal;

import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node fires this trigger; the cluster lock lets one of them run it. The work itself is
 * idempotent (one period per obligation and start date, enforced by a unique key), so a run after
 * downtime simply catches up.
 */
@Component
public class ObligationJob {

    private static final Logger log = LoggerFactory.getLogger(ObligationJob.class);

    private final ObligationService obligations;
    private final AtomicInteger runs = new AtomicInteger();

    ObligationJob(ObligationService obligations) {
        this.obligations = obligations;
    }

    @Scheduled(cron = "${vigil.tasks.obligation-cron:0 */10 * * * *}")
    @SchedulerLock(name = "obligations", lockAtMostFor = "PT10M",
            lockAtLeastFor = "${vigil.scheduling.lock-at-least-for:PT30S}")
    public void run() {
        runs.incrementAndGet();
        int created = obligations.createDuePeriods();
        int missed = obligations.settlePeriods();
        if (created > 0 || missed > 0) {
            log.info("Obligations: {} period task(s) created, {} period(s) missed", created, missed);
        }
    }

    /** How many times this node actually ran the job (not merely fired the trigger). */
    public int runs() {
        return runs.get();
    }
}
