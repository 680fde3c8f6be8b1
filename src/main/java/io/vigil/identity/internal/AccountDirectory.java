package io.vigil.identity.internal;

import io.vigil.identity.UserDirectory;
import io.vigil.identity.UserSummary;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AccountDirectory implements UserDirectory {

    private final UserAccountRepository users;

    AccountDirectory(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public Optional<UserSummary> find(UUID id) {
        return users.findById(id).map(UserAccount::toSummary);
    }

    @Override
    public Optional<UserSummary> findByUsername(String username) {
        return users.findByUsernameIgnoreCase(username).map(UserAccount::toSummary);
    }
}
