package io.vigil.notification.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * POSTs queued deliveries as JSON with {@code X-Vigil-Signature: sha256=<hex HMAC-SHA256 of the
 * body with the webhook's secret>}, {@code X-Vigil-Event} and {@code X-Vigil-Delivery} (the id, for
 * the receiver to drop repeats). A 2xx answer delivers; anything else is retried with back-off.
 */
@Service
class WebhookSender {

    private final WebhookDeliveryRepository deliveries;
    private final WebhookRepository webhooks;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookSender(WebhookDeliveryRepository deliveries, WebhookRepository webhooks,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Attempts every delivery that is due; returns how many were delivered. */
    int deliverDue() {
        List<WebhookDelivery> due = transactions.execute(status -> deliveries.findDue(clock.instant(),
                PageRequest.of(0, 100)));
        int delivered = 0;
        for (WebhookDelivery delivery : due) {
            Webhook webhook = transactions.execute(status -> webhooks.findById(delivery.getWebhookId()).orElse(null));
            if (webhook == null) {
                continue;
            }
            Integer code = null;
            String error = null;
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(webhook.getUrl()))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .header("User-Agent", "Vigil-Webhook/1")
                        .header("X-Vigil-Event", delivery.getEventType())
                        .header("X-Vigil-Delivery", delivery.getId().toString())
                        .header("X-Vigil-Signature", "sha256=" + sign(webhook.getSecret(), delivery.getPayload()))
                        .POST(HttpRequest.BodyPublishers.ofString(delivery.getPayload(), StandardCharsets.UTF_8))
                        .build(), HttpResponse.BodyHandlers.discarding());
                code = response.statusCode();
            } catch (java.io.IOException e) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return delivered;
            }
            boolean ok = code != null && code >= 200 && code < 300;
            Integer statusCode = code;
            String failure = error != null ? error : "HTTP " + code;
            transactions.executeWithoutResult(status -> deliveries.findById(delivery.getId()).ifPresent(d -> {
                if (ok) {
                    d.delivered(statusCode, clock.instant());
                } else {
                    d.failed(statusCode, failure, clock.instant());
                }
            }));
            if (ok) {
                delivered++;
            }
        }
        return delivered;
    }

    static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
