package io.vigil.risk.internal;

import io.vigil.identity.UserDirectory;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Resolves the distinct users of a page once each (owners repeat across rows). */
@Component
public class UserRefs {

    private final UserDirectory users;

    UserRefs(UserDirectory users) {
        this.users = users;
    }

    public Map<UUID, UserRef> resolve(Collection<UUID> ids) {
        Map<UUID, UserRef> refs = new HashMap<>();
        ids.stream().filter(Objects::nonNull).distinct().forEach(id -> users.find(id)
                .ifPresent(u -> refs.put(id, new UserRef(u.id(), u.username(), u.displayName()))));
        return refs;
    }

    public java.util.Optional<UUID> idOf(String username) {
        return users.findByUsername(username).map(io.vigil.identity.UserSummary::id);
    }

    public boolean exists(UUID id) {
        return users.find(id).isPresent();
    }
}
