package io.vigil.people;

import java.util.Optional;
import java.util.UUID;

/** Read-only look-ups into the employee directory for other modules. */
public interface PeopleDirectory {

    /**
     * The user account of the manager of the employee linked to {@code userId}: employee → their
     * manager → the manager's account. Empty when the user is no active employee, has no manager,
     * or the manager is not active or has no account.
     */
    Optional<UUID> managerAccountOf(UUID userId);
}
