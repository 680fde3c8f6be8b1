package io.vigil.notification.internal;

import io.vigil.identity.UserDirectory;
import io.vigil.identity.UserSummary;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drains the e-mail outbox (notifications in state PENDING or, for the digest, DIGEST). A message
 * is marked sent right after the SMTP server accepted it; one that fails stays queued for the next
 * run. Runs only inside the cluster-locked jobs, so two nodes never send the same message.
 */
@Service
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final NotificationRepository notifications;
    private final UserDirectory users;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Mailer(NotificationRepository notifications, UserDirectory users, MessageSource messages,
            ObjectProvider<JavaMailSender> mail, NotificationProperties properties,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.notifications = notifications;
        this.users = users;
        this.messages = messages;
        this.mail = mail;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Sends every immediate e-mail waiting; returns how many went out. */
    int sendPending() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        List<Notification> pending = transactions.execute(
                status -> notifications.findTop200ByEmailStateOrderByCreatedAt(Notification.EmailState.PENDING));
        for (Notification notification : pending) {
            Optional<UserSummary> user = users.find(notification.getRecipientId());
            if (user.isEmpty() || user.get().email() == null) {
                markSent(List.of(notification.getId()));
                continue;
            }
            Locale locale = Inbox.localeOf(user.get());
            String body = notification.getBody() + footer(notification.getLink(), locale);
            if (send(sender, user.get().email(), notification.getSubject(), body)) {
                markSent(List.of(notification.getId()));
                sent++;
            }
        }
        return sent;
    }

    /** Sends each user one e-mail listing their digest notifications; returns how many e-mails went out. */
    int sendDigests() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        List<UUID> recipients = transactions.execute(
                status -> notifications.recipientsWithState(Notification.EmailState.DIGEST));
        for (UUID recipient : recipients) {
            List<Notification> items = transactions.execute(status -> notifications
                    .findByEmailStateAndRecipientIdOrderByCreatedAt(Notification.EmailState.DIGEST, recipient));
            Optional<UserSummary> user = users.find(recipient);
            List<UUID> ids = items.stream().map(Notification::getId).toList();
            if (user.isEmpty() || user.get().email() == null || items.isEmpty()) {
                markSent(ids);
                continue;
            }
            Locale locale = Inbox.localeOf(user.get());
            StringBuilder body = new StringBuilder(messages.getMessage("notification.digest.intro", null, locale))
                    .append("\n\n");
            for (Notification item : items) {
                body.append("- ").append(item.getSubject()).append('\n').append("  ").append(item.getBody())
                        .append('\n');
            }
            body.append(footer("/notifications", locale));
            String subject = messages.getMessage("notification.digest.subject", new Object[] {items.size()}, locale);
            if (send(sender, user.get().email(), subject, body.toString())) {
                markSent(ids);
                sent++;
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender sender, String to, String subject, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("E-mail could not be sent, will retry: {}", e.getMessage());
            return false;
        }
    }

    private void markSent(List<UUID> ids) {
        transactions.executeWithoutResult(status -> notifications.findAllById(ids)
                .forEach(n -> n.markEmailed(clock.instant())));
    }

    private String footer(String link, Locale locale) {
        String url = properties.baseUrl() + (link == null ? "/" : link);
        return "\n\n" + messages.getMessage("notification.email.footer", new Object[] {url}, locale);
    }
}
