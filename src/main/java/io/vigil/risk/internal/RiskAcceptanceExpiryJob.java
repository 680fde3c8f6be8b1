package io.vigil.risk.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Daily on every node; the cluster lock lets one run it. Idempotent, so a missed day is caught up. */
@Component
public class RiskAcceptanceExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(RiskAcceptanceExpiryJob.class);

    private final RiskAcceptanceExpiry expiry;

    RiskAcceptanceExpiryJob(RiskAcceptanceExpiry expiry) {
        this.expiry = expiry;
    }

    @Scheduled(cron = "${vigil.risk.acceptance-expiry-cron:0 5 0 * * *}")
    @SchedulerLock(name = "risk-acceptance-expiry", lockAtMostFor = "PT10M",
            lockAtLeastFor = "${vigil.scheduling.lock-at-least-for:PT30S}")
    public void run() {
        int lapsed = expiry.lapseExpired();
        if (lapsed > 0) {
            log.info("Risks: {} acceptance(s) lapsed", lapsed);
        }
    }
}
