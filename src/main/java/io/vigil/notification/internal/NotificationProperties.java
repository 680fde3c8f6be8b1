package io.vigil.notification.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vigil.notification.*}: the sender address of e-mails and the address Vigil is reached at
 * (for links in e-mails). The SMTP server itself is configured by the standard {@code spring.mail.*}
 * properties; without {@code spring.mail.host} notifications are in-app only.
 */
@ConfigurationProperties("vigil.notification")
record NotificationProperties(@DefaultValue("vigil@localhost") String mailFrom,
        @DefaultValue("http://localhost:8080") String baseUrl) {
}
