package io.vigil.identity.internal;

import io.vigil.shared.security.VigilPrincipal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated principal. Authorities are the permission keys of all the user's role
 * assignments; which units each permission reaches is resolved per query by the data scope.
 */
public final class VigilUserDetails implements UserDetails, VigilPrincipal, CredentialsContainer {

    private final UUID userId;
    private final String username;
    private final String displayName;
    private final String localeTag;
    private final String actorKind;
    private final List<SimpleGrantedAuthority> authorities;
    private final boolean enabled;
    private final boolean accountNonLocked;
    private final boolean mfaEnabled;
    private String passwordHash;

    VigilUserDetails(UserAccount account, Set<String> permissions, String actorKind, boolean accountNonLocked) {
        this.userId = account.getId();
        this.username = account.getUsername();
        this.displayName = account.getDisplayName();
        this.localeTag = account.getLocale();
        this.actorKind = actorKind;
        this.authorities = permissions.stream().sorted().map(SimpleGrantedAuthority::new).toList();
        this.enabled = account.getStatus() != UserStatus.DISABLED;
        this.accountNonLocked = accountNonLocked;
        this.mfaEnabled = account.isMfaEnabled();
        this.passwordHash = account.getPasswordHash();
    }

    @Override
    public UUID userId() {
        return userId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Locale locale() {
        return Locale.forLanguageTag(localeTag);
    }

    @Override
    public String actorKind() {
        return actorKind;
    }

    public boolean mfaEnabled() {
        return mfaEnabled;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Drops the hash once authentication is over so it never lands in the session store. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "VigilUserDetails[" + username + "]";
    }
}
