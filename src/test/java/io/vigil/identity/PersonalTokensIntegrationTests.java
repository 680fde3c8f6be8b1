package io.vigil.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.identity.internal.ApiTokens;
import io.vigil.support.MutableClock;
import io.vigil.support.MutableClockConfiguration;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@VigilIntegrationTest
@Import(MutableClockConfiguration.class)
class PersonalTokensIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    MutableClock clock;

    @Autowired
    JsonMapper json;

    @Test
    void aCreatedTokenWorksAsBearerAndIsListedWithoutItsSecret() throws Exception {
        UUID userId = testUsers.user("tok", Role.EMPLOYEE, testUsers.rootUnit(), false);
        JsonNode created = create(userId, "backup script", today().plusDays(30));
        String secret = created.get("token").asString();
        assertThat(secret).startsWith("vgl_");

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(testUsers.username(userId)))
                .andExpect(jsonPath("$.authenticatedBy").value("TOKEN"));

        String list = mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("backup script"))
                .andExpect(jsonPath("$[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$[0].lastUsedAt").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(secret);
    }

    @Test
    void aRevokedTokenGets401ProblemJson() throws Exception {
        UUID userId = testUsers.user("tok", Role.EMPLOYEE, testUsers.rootUnit(), false);
        JsonNode created = create(userId, "to revoke", today().plusDays(30));
        String secret = created.get("token").asString();

        mvc.perform(delete("/api/v1/me/tokens/{id}", created.get("id").asString()).with(testUsers.as(userId)))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/me/tokens").with(testUsers.as(userId)))
                .andExpect(jsonPath("$[0].status").value("REVOKED"));
    }

    @Test
    void anExpiredTokenGets401ProblemJson() throws Exception {
        UUID userId = testUsers.user("tok", Role.EMPLOYEE, testUsers.rootUnit(), false);
        String secret = create(userId, "short lived", today().plusDays(1)).get("token").asString();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());

        clock.advance(Duration.ofDays(2));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void anotherUsersTokenCannotBeRevoked() throws Exception {
        UUID owner = testUsers.user("tok", Role.EMPLOYEE, testUsers.rootUnit(), false);
        UUID other = testUsers.user("tok", Role.EMPLOYEE, testUsers.rootUnit(), false);
        JsonNode created = create(owner, "mine", today().plusDays(30));

        mvc.perform(delete("/api/v1/me/tokens/{id}", created.get("id").asString()).with(testUsers.as(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + created.get("token").asString()))
                .andExpect(status().isOk());
    }

    @Test
    void expiryBeyondTheMaximumOrInThePastIsRefused() throws Exception {
        UUID userId = testUsers.user("tok", Role.EMPLOYEE, testUsers.rootUnit(), false);
        postToken(userId, "too long", today().plusDays(400))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/invalid-token-expiry"))
                .andExpect(jsonPath("$.detail").value("A token may live at most 365 days."));
        postToken(userId, "past", today().minusDays(1)).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/me/tokens").with(testUsers.as(userId)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("name", "expiresOn")));
        mvc.perform(get("/api/v1/me/tokens").with(testUsers.as(userId))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theProfilePageCreatesATokenShowsItOnceAndListsIt() throws Exception {
        UUID userId = testUsers.user("tok", Role.EMPLOYEE, testUsers.rootUnit(), false);
        MvcResult created = mvc.perform(post("/profile/tokens").param("name", "laptop")
                        .param("expiresOn", today().plusDays(10).toString()).with(csrf()).with(testUsers.as(userId)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("newToken"))
                .andReturn();
        String secret = ((ApiTokens.IssuedToken) created.getFlashMap().get("newToken")).secret();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());

        String page = mvc.perform(get("/profile").with(testUsers.as(userId)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("laptop").doesNotContain(secret);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private JsonNode create(UUID userId, String name, LocalDate expiresOn) throws Exception {
        String body = postToken(userId, name, expiresOn).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private org.springframework.test.web.servlet.ResultActions postToken(UUID userId, String name, LocalDate expiresOn)
            throws Exception {
        return mvc.perform(post("/api/v1/me/tokens")
                .with(testUsers.as(userId)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\",\"expiresOn\":\"" + expiresOn + "\"}"));
    }
}
