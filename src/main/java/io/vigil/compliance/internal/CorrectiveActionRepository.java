package io.vigil.compliance.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CorrectiveActionRepository extends JpaRepository<CorrectiveAction, UUID> {

    List<CorrectiveAction> findByFindingIdInOrderByCreatedAt(Collection<UUID> findingIds);

    List<CorrectiveAction> findByFindingIdOrderByCreatedAt(UUID findingId);
}
