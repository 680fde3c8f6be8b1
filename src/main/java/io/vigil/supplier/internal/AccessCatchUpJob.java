package io.vigil.supplier.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Daily: suspends suppliers whose express-access catch-up deadline passed. One node runs it (cluster lock). */
@Component
public class AccessCatchUpJob {

    private static final Logger log = LoggerFactory.getLogger(AccessCatchUpJob.class);

    private final AccessCaseService cases;

    AccessCatchUpJob(AccessCaseService cases) {
        this.cases = cases;
    }

    @Scheduled(cron = "${vigil.supplier.catch-up-cron:0 20 1 * * *}")
    @SchedulerLock(name = "supplier-catch-up", lockAtMostFor = "PT10M",
            lockAtLeastFor = "${vigil.scheduling.lock-at-least-for:PT30S}")
    public void run() {
        int suspended = cases.suspendOverdue();
        if (suspended > 0) {
            log.info("Express access: {} supplier(s) suspended after their catch-up deadline", suspended);
        }
    }
}
