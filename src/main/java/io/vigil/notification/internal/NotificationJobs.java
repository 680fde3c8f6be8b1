package io.vigil.notification.internal;

import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The reminder run (reminders, escalations, immediate e-mails) and the daily digest, once per cluster each. */
@Component
public class NotificationJobs {

    private static final Logger log = LoggerFactory.getLogger(NotificationJobs.class);

    private final ReminderService reminders;
    private final Mailer mailer;
    private final WebhookSender webhookSender;
    private final AtomicInteger reminderRuns = new AtomicInteger();

    NotificationJobs(ReminderService reminders, Mailer mailer, WebhookSender webhookSender) {
        this.reminders = reminders;
        this.mailer = mailer;
        this.webhookSender = webhookSender;
    }

    @Scheduled(cron = "${vigil.notification.webhook-cron:30 * * * * *}")
    @SchedulerLock(name = "webhooks", lockAtMostFor = "PT10M",
            lockAtLeastFor = "${vigil.scheduling.lock-at-least-for:PT30S}")
    public void deliverWebhooks() {
        int delivered = webhookSender.deliverDue();
        if (delivered > 0) {
            log.info("Webhooks: {} delivered", delivered);
        }
    }

    @Scheduled(cron = "${vigil.notification.reminder-cron:0 */15 * * * *}")
    @SchedulerLock(name = "reminders", lockAtMostFor = "PT10M",
            lockAtLeastFor = "${vigil.scheduling.lock-at-least-for:PT30S}")
    public void remind() {
        reminderRuns.incrementAndGet();
        int issued = reminders.remind();
        int mailed = mailer.sendPending();
        if (issued > 0 || mailed > 0) {
            log.info("Reminders: {} issued, {} e-mail(s) sent", issued, mailed);
        }
    }

    @Scheduled(cron = "${vigil.notification.digest-cron:0 0 7 * * *}")
    @SchedulerLock(name = "notification-digest", lockAtMostFor = "PT30M",
            lockAtLeastFor = "${vigil.scheduling.lock-at-least-for:PT30S}")
    public void digest() {
        int mailed = mailer.sendDigests();
        if (mailed > 0) {
            log.info("Digest: {} e-mail(s) sent", mailed);
        }
    }

    /** How many times this node actually ran the reminder job (not merely fired its trigger). */
    public int reminderRuns() {
        return reminderRuns.get();
    }
}
