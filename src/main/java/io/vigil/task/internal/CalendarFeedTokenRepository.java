package io.vigil.task.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedTokenRepository extends JpaRepository<CalendarFeedToken, UUID> {

    Optional<CalendarFeedToken> findByTokenHash(String tokenHash);
}
