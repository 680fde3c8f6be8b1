package io.vigil.compliance.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Daily on every node; the cluster lock lets one run it. Idempotent, so a missed day is caught up. */
@Component
public class CertificateReminderJob {

    private static final Logger log = LoggerFactory.getLogger(CertificateReminderJob.class);

    private final CertificateService certificates;

    CertificateReminderJob(CertificateService certificates) {
        this.certificates = certificates;
    }

    @Scheduled(cron = "${vigil.compliance.reminder-cron:0 15 6 * * *}")
    @SchedulerLock(name = "certificate-reminders", lockAtMostFor = "PT10M",
            lockAtLeastFor = "${vigil.scheduling.lock-at-least-for:PT30S}")
    public void run() {
        int opened = certificates.openReminders();
        if (opened > 0) {
            log.info("Certificates: {} reminder(s) checked or opened", opened);
        }
    }
}
