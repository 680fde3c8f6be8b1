package io.vigil.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password authentication that records every outcome for lockout and audit, and answers every
 * failure — unknown user, wrong password, locked or disabled account — with the same
 * {@link BadCredentialsException}, so a response never tells whether a username exists.
 */
class LockoutAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginAttempts attempts;
    private final String channel;

    LockoutAuthenticationProvider(AuthenticationProvider passwords, LoginAttempts attempts, String channel) {
        this.passwords = passwords;
        this.attempts = attempts;
        this.channel = channel;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        try {
            Authentication result = passwords.authenticate(authentication);
            attempts.succeeded(username, channel);
            return result;
        } catch (AuthenticationException e) {
            attempts.failed(username, channel);
            throw new BadCredentialsException("bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
