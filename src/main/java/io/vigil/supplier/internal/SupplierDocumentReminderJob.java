package io.vigil.supplier.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Daily: a renewal task for every supplier document expiring within 30 days. */
@Component
public class SupplierDocumentReminderJob {

    private static final Logger log = LoggerFactory.getLogger(SupplierDocumentReminderJob.class);

    private final SupplierDocumentService documents;

    SupplierDocumentReminderJob(SupplierDocumentService documents) {
        this.documents = documents;
    }

    @Scheduled(cron = "${vigil.supplier.document-reminder-cron:0 40 1 * * *}")
    @SchedulerLock(name = "supplier-document-reminders", lockAtMostFor = "PT10M",
            lockAtLeastFor = "${vigil.scheduling.lock-at-least-for:PT30S}")
    public void run() {
        int due = documents.openExpiryReminders();
        if (due > 0) {
            log.info("Supplier documents: {} expiring within 30 days have a renewal task", due);
        }
    }
}
