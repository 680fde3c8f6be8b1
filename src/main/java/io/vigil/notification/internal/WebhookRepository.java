package io.vigil.notification.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookRepository extends JpaRepository<Webhook, UUID> {

    List<Webhook> findByActiveTrue();

    List<Webhook> findByOrgUnitIdInOrderByName(Collection<UUID> units);
}
