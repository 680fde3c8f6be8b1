package io.vigil.identity.internal;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A browser session that passed the password but still owes the second factor ({@link Stage#VERIFY})
 * or, because one of the user's roles requires MFA, its enrolment ({@link Stage#ENROL}). It carries
 * no authorities, and {@link MfaStepFilter} lets it reach only the MFA pages and logout.
 */
public final class PendingMfaAuthentication extends AbstractAuthenticationToken {

    public enum Stage { VERIFY, ENROL }

    private final VigilUserDetails principal;
    private final Stage stage;

    public PendingMfaAuthentication(VigilUserDetails principal, Stage stage) {
        super(List.of());
        this.principal = principal;
        this.stage = stage;
        setAuthenticated(true);
    }

    public Stage stage() {
        return stage;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public VigilUserDetails getPrincipal() {
        return principal;
    }
}
