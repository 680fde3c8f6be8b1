package io.vigil.identity.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class IdentityBootstrapTests {

    private final OrgUnitRepository units = mock(OrgUnitRepository.class);
    private final UserAccountRepository users = mock(UserAccountRepository.class);
    private final RoleAssignmentRepository assignments = mock(RoleAssignmentRepository.class);

    @Test
    void refusesToStartWhenTheConfiguredAdminPasswordBreaksThePolicy() {
        IdentityBootstrap bootstrap = bootstrapWith("admin-pw");

        assertThatThrownBy(() -> bootstrap.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("VIGIL_ADMIN_PASSWORD")
                .hasMessageContaining("at least 12 characters")
                .hasMessageContaining("must not contain the username");
        verify(users, never()).save(any());
    }

    @Test
    void refusesACommonAdminPassword() {
        assertThatThrownBy(() -> bootstrapWith("Password123456").run(new DefaultApplicationArguments()))
                .hasMessageContaining("too common");
    }

    private IdentityBootstrap bootstrapWith(String password) {
        when(units.findByCode("GROUP")).thenReturn(Optional.of(OrgUnit.root("GROUP", "Group", "集团")));
        when(users.findByUsernameIgnoreCase("admin")).thenReturn(Optional.empty());
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/identity");
        messages.setDefaultEncoding("UTF-8");
        return new IdentityBootstrap(units, users, assignments, new BCryptPasswordEncoder(4),
                new IdentityProperties(password, 5, Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofDays(365)),
                Clock.systemUTC(), PasswordPolicy.standard(), messages);
    }
}
