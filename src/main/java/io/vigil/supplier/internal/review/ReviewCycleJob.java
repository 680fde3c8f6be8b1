package io.vigil.supplier.internal.review;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Daily: opens the periodic supplier reviews (and their tasks) and reports the overdue ones. One node runs it. */
@Component
public class ReviewCycleJob {

    private static final Logger log = LoggerFactory.getLogger(ReviewCycleJob.class);

    private final ReviewCycleService cycles;

    ReviewCycleJob(ReviewCycleService cycles) {
        this.cycles = cycles;
    }

    @Scheduled(cron = "${vigil.supplier.review.cycle-cron:0 10 2 * * *}")
    @SchedulerLock(name = "supplier-review-cycle", lockAtMostFor = "PT10M",
            lockAtLeastFor = "${vigil.scheduling.lock-at-least-for:PT30S}")
    public void run() {
        ReviewCycleService.CycleRun run = cycles.openDueReviews();
        if (run.opened() > 0) {
            log.info("Supplier reviews: {} opened for the current period", run.opened());
        }
        if (run.overdue() > 0) {
            log.warn("Supplier reviews: {} overdue (open past the end of their period)", run.overdue());
        }
    }
}
