package io.vigil.identity;

import java.util.Optional;
import java.util.UUID;

/** Read facade over user accounts for other modules (linking employees, owners, assignees). */
public interface UserDirectory {

    Optional<UserSummary> find(UUID id);

    Optional<UserSummary> findByUsername(String username);
}
