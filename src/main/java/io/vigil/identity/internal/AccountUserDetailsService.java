package io.vigil.identity.internal;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for form login and the token endpoint. */
@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final Authorizations authorizations;
    private final Clock clock;

    AccountUserDetailsService(UserAccountRepository users, Authorizations authorizations, Clock clock) {
        this.users = users;
        this.authorizations = authorizations;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("bad credentials"));
        return principalFor(account, "USER");
    }

    VigilUserDetails principalFor(UserAccount account, String actorKind) {
        return new VigilUserDetails(account, authorizations.permissionKeys(account.getId()), actorKind,
                !account.isLockedAt(clock.instant()));
    }
}
