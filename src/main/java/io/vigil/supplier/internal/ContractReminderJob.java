package io.vigil.supplier.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Daily: an end-of-term task for every active contract ending within 30 days. */
@Component
public class ContractReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ContractReminderJob.class);

    private final ContractService contracts;

    ContractReminderJob(ContractService contracts) {
        this.contracts = contracts;
    }

    @Scheduled(cron = "${vigil.supplier.contract-reminder-cron:0 50 1 * * *}")
    @SchedulerLock(name = "supplier-contract-reminders", lockAtMostFor = "PT10M",
            lockAtLeastFor = "${vigil.scheduling.lock-at-least-for:PT30S}")
    public void run() {
        int due = contracts.openEndReminders();
        if (due > 0) {
            log.info("Supplier contracts: {} ending within 30 days have a task", due);
        }
    }
}
