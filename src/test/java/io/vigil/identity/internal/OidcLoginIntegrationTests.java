package io.vigil.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.identity.Role;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** With a client registration configured, SSO is offered and links provider users to existing accounts only. */
@VigilIntegrationTest
@TestPropertySource(properties = {
        "spring.security.oauth2.client.registration.testidp.client-id=vigil",
        "spring.security.oauth2.client.registration.testidp.client-secret=secret",
        "spring.security.oauth2.client.registration.testidp.client-name=Test IdP",
        "spring.security.oauth2.client.registration.testidp.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.testidp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.registration.testidp.scope=openid,profile,email",
        "spring.security.oauth2.client.provider.testidp.authorization-uri=https://idp.example/auth",
        "spring.security.oauth2.client.provider.testidp.token-uri=https://idp.example/token",
        "spring.security.oauth2.client.provider.testidp.jwk-set-uri=https://idp.example/jwks",
        "spring.security.oauth2.client.provider.testidp.user-name-attribute=sub"})
class OidcLoginIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OidcAccountLinker linker;

    @Autowired
    TestUsers testUsers;

    @Autowired
    UserAdministration administration;

    @Test
    void theLoginPageOffersTheProviderAndStartsTheRedirect() throws Exception {
        String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Sign in with Test IdP").contains("/oauth2/authorization/testidp");

        String location = mvc.perform(get("/oauth2/authorization/testidp")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("https://idp.example/auth?");
    }

    @Test
    void aProviderUserIsLinkedByUsernameToAnActiveLocalAccountOnly() {
        UUID user = testUsers.user("sso", Role.EMPLOYEE, testUsers.rootUnit(), false);
        String username = testUsers.username(user);

        assertThat(linker.link(oidcUser(Map.of("preferred_username", username.toUpperCase()))))
                .hasValueSatisfying(principal -> assertThat(principal.userId()).isEqualTo(user));
        assertThat(linker.link(oidcUser(Map.of("preferred_username", "nobody-" + UUID.randomUUID())))).isEmpty();

        UUID admin = testUsers.user("admin", Role.ADMIN, testUsers.rootUnit(), true);
        administration.disable(user, admin);
        assertThat(linker.link(oidcUser(Map.of("preferred_username", username)))).isEmpty();
    }

    @Test
    void aVerifiedUniqueEmailLinksWhenTheUsernameDiffers() {
        String email = "sso-" + UUID.randomUUID() + "@example.com";
        var created = administration.create(new UserAdministration.NewUser("mail-" + UUID.randomUUID().toString()
                .substring(0, 8), "Mail User", email, "en", "a-long-unusual-passphrase-7"));

        assertThat(linker.link(oidcUser(Map.of("preferred_username", "other-name", "email", email,
                "email_verified", true)))).hasValueSatisfying(p -> assertThat(p.userId()).isEqualTo(created.getId()));
        assertThat(linker.link(oidcUser(Map.of("preferred_username", "other-name", "email", email,
                "email_verified", false)))).isEmpty();
    }

    private static OidcUser oidcUser(Map<String, Object> claims) {
        Map<String, Object> all = new HashMap<>(claims);
        all.put("sub", UUID.randomUUID().toString());
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), all);
        return new DefaultOidcUser(List.of(), token);
    }
}
