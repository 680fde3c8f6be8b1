package io.vigil.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.identity.internal.AccountUserDetailsService;
import io.vigil.shared.security.DataScope;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

@VigilIntegrationTest
class DataScopeIntegrationTests {

    @Autowired
    TestUsers testUsers;

    @Autowired
    DataScope scope;

    @Autowired
    AccountUserDetailsService accounts;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void assignmentWithDescendantsReachesTheSubtreeOnly() {
        UUID site = testUsers.unit(testUsers.rootUnit(), "Site A", OrgUnitType.SITE);
        UUID department = testUsers.unit(site, "Ops A", OrgUnitType.DEPARTMENT);
        UUID otherSite = testUsers.unit(testUsers.rootUnit(), "Site B", OrgUnitType.SITE);
        UUID officer = testUsers.user("officer", Role.SECURITY_OFFICER, site, true);

        actAs(officer);

        assertThat(scope.visibleUnits("risk:read").ids()).containsExactlyInAnyOrder(site, department);
        assertThat(scope.canAccess("risk:read", otherSite)).isFalse();
    }

    @Test
    void assignmentWithoutDescendantsReachesItsUnitOnly() {
        UUID site = testUsers.unit(testUsers.rootUnit(), "Site C", OrgUnitType.SITE);
        UUID department = testUsers.unit(site, "Ops C", OrgUnitType.DEPARTMENT);
        UUID officer = testUsers.user("officer", Role.SECURITY_OFFICER, site, false);

        actAs(officer);

        assertThat(scope.visibleUnits("risk:read").ids()).containsExactly(site);
        assertThat(scope.canAccess("risk:read", department)).isFalse();
    }

    @Test
    void aPermissionTheRoleDoesNotGrantReachesNothing() {
        UUID site = testUsers.unit(testUsers.rootUnit(), "Site D", OrgUnitType.SITE);
        UUID buyer = testUsers.user("buyer", Role.PROCUREMENT_OFFICER, site, true);

        actAs(buyer);

        assertThat(scope.visibleUnits("risk:read").isEmpty()).isTrue();
        assertThat(scope.visibleUnits("supplier:read").ids()).containsExactly(site);
    }

    @Test
    void withoutAPrincipalNothingIsVisible() {
        assertThat(scope.visibleUnits("people:read").isEmpty()).isTrue();
    }

    private void actAs(UUID userId) {
        UserDetails principal = accounts.loadUserByUsername(testUsers.username(userId));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
