package io.vigil.task;

import io.vigil.identity.Role;
import java.util.UUID;

/** A task's owner: one user, or a role within an org unit (then anyone holding that role may take it). */
public record TaskOwner(UUID userId, Role role) {

    public TaskOwner {
        if ((userId == null) == (role == null)) {
            throw new IllegalArgumentException("a task is owned by a user or by a role, not both or neither");
        }
    }

    public static TaskOwner user(UUID userId) {
        return new TaskOwner(userId, null);
    }

    public static TaskOwner role(Role role) {
        return new TaskOwner(null, role);
    }
}
