package io.vigil.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, UUID> {

    @Query("""
            select d from WebhookDelivery d where d.status = io.vigil.notification.internal.WebhookDelivery.Status.PENDING
              and d.nextAttemptAt <= :now order by d.nextAttemptAt""")
    List<WebhookDelivery> findDue(Instant now, Pageable pageable);

    Page<WebhookDelivery> findByWebhookIdOrderByCreatedAtDesc(UUID webhookId, Pageable pageable);
}
