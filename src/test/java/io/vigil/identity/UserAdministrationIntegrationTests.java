package io.vigil.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.shared.audit.AuditableEvent;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@VigilIntegrationTest
@RecordApplicationEvents
class UserAdministrationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEvents events;

    @Autowired
    io.vigil.identity.internal.Preferences preferences;

    UUID admin;

    @BeforeEach
    void admin() {
        admin = testUsers.user("admin", Role.ADMIN, testUsers.rootUnit(), true);
    }

    @Test
    void createsAUserWhosePasswordMeetsThePolicyAndFindsItBySearch() throws Exception {
        String username = "new-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode created = createUser(username, "a-long-unusual-passphrase-7");
        assertThat(created.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(created.get("version").asLong()).isZero();

        mvc.perform(get("/api/v1/users").param("q", username).with(testUsers.as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].username").value(username));
        mvc.perform(get("/api/v1/users").param("q", username).param("status", "DISABLED").with(testUsers.as(admin)))
                .andExpect(jsonPath("$.totalElements").value(0));
        assertThat(events.stream(AuditableEvent.class)).anyMatch(e -> e.action().equals("CREATED")
                && e.entityType().equals("User") && e.entityId().equals(created.get("id").asString()));
    }

    @Test
    void refusesAWeakInitialPasswordInTheCallersLanguageAndCreatesNothing() throws Exception {
        String username = "weak-" + UUID.randomUUID().toString().substring(0, 8);
        UUID chineseAdmin = testUsers.user("admin", Role.ADMIN, testUsers.rootUnit(), true);
        preferences.changeLanguage(chineseAdmin, "zh-CN");
        mvc.perform(post("/api/v1/users").with(testUsers.as(chineseAdmin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(userJson(username, "password123456")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/password-policy"))
                .andExpect(jsonPath("$.detail").value("该密码过于常见，请选择更难猜测的密码。"));
        mvc.perform(post("/api/v1/users").with(testUsers.as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(userJson(username, username + "-secret-2026")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The password must not contain the username."));
        mvc.perform(get("/api/v1/users").param("q", username).with(testUsers.as(admin)))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void aDuplicateUsernameIsAConflict() throws Exception {
        String username = "dup-" + UUID.randomUUID().toString().substring(0, 8);
        createUser(username, "a-long-unusual-passphrase-7");
        mvc.perform(post("/api/v1/users").with(testUsers.as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(userJson(username.toUpperCase(), "a-long-unusual-passphrase-7")))
                .andExpect(status().isConflict());
    }

    @Test
    void patchWithTheCurrentVersionChangesTheUserAndAStaleVersionIs409() throws Exception {
        JsonNode created = createUser("patch-" + UUID.randomUUID().toString().substring(0, 8),
                "a-long-unusual-passphrase-7");
        String id = created.get("id").asString();

        String updated = mvc.perform(patch("/api/v1/users/{id}", id).with(testUsers.as(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"displayName\":\"Renamed\",\"status\":\"DISABLED\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Renamed"))
                .andExpect(jsonPath("$.status").value("DISABLED"))
                .andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(updated).get("version").asLong()).isGreaterThan(0);

        mvc.perform(patch("/api/v1/users/{id}", id).with(testUsers.as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"displayName\":\"Lost update\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/users/{id}", id).with(testUsers.as(admin)))
                .andExpect(jsonPath("$.displayName").value("Renamed"));
    }

    @Test
    void aDisabledUserCannotSignIn() throws Exception {
        UUID user = testUsers.user("dis", Role.EMPLOYEE, testUsers.rootUnit(), false);
        long version = json.readTree(mvc.perform(get("/api/v1/users/{id}", user).with(testUsers.as(admin)))
                .andReturn().getResponse().getContentAsString()).get("version").asLong();
        mvc.perform(patch("/api/v1/users/{id}", user).with(testUsers.as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version + ",\"status\":\"DISABLED\"}")).andExpect(status().isOk());

        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + testUsers.username(user) + "\",\"password\":\""
                                + TestUsers.PASSWORD + "\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void disablingAUserEndsTheBrowserSessionTheyAlreadyHave() throws Exception {
        UUID user = testUsers.user("signed-in", Role.EMPLOYEE, testUsers.rootUnit(), false);
        io.vigil.support.Browser browser = new io.vigil.support.Browser(mvc);
        browser.perform(post("/login").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.csrf())
                .param("username", testUsers.username(user)).param("password", TestUsers.PASSWORD));
        assertThat(browser.perform(get("/")).getResponse().getStatus()).isEqualTo(200);

        long version = json.readTree(mvc.perform(get("/api/v1/users/{id}", user).with(testUsers.as(admin)))
                .andReturn().getResponse().getContentAsString()).get("version").asLong();
        mvc.perform(patch("/api/v1/users/{id}", user).with(testUsers.as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version + ",\"status\":\"DISABLED\"}")).andExpect(status().isOk());

        var afterwards = browser.perform(get("/")).getResponse();
        assertThat(afterwards.getStatus()).isEqualTo(302);
        assertThat(afterwards.getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void grantingAndRevokingARolePublishesPermissionEventsAndChangesTheDataScope() throws Exception {
        UUID user = testUsers.user("grant", Role.EMPLOYEE, testUsers.rootUnit(), false);
        UUID site = testUsers.unit(testUsers.rootUnit(), "Site G", OrgUnitType.SITE);

        String body = mvc.perform(post("/api/v1/users/{id}/assignments", user).with(testUsers.as(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"AUDITOR\",\"orgUnitId\":\"" + site + "\",\"includeDescendants\":true}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String assignmentId = json.readTree(body).get("id").asString();
        assertThat(events.stream(AuditableEvent.class)).anyMatch(e -> e.action().equals("PERMISSION_GRANTED")
                && e.entityId().equals(user.toString()) && site.equals(e.orgUnitId()));
        mvc.perform(get("/api/v1/users/{id}/assignments", user).with(testUsers.as(admin)))
                .andExpect(jsonPath("$[*].role").value(hasItem("AUDITOR")));
        mvc.perform(get("/api/v1/me").with(testUsers.as(user)))
                .andExpect(jsonPath("$.permissions").value(hasItem("audit:read")));

        mvc.perform(delete("/api/v1/users/{id}/assignments/{aid}", user, assignmentId).with(testUsers.as(admin)))
                .andExpect(status().isNoContent());
        assertThat(events.stream(AuditableEvent.class)).anyMatch(e -> e.action().equals("PERMISSION_REVOKED")
                && e.entityId().equals(user.toString()));
        mvc.perform(get("/api/v1/users/{id}/assignments", user).with(testUsers.as(admin)))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void aDuplicateAssignmentIsAConflict() throws Exception {
        UUID user = testUsers.user("grant", Role.EMPLOYEE, testUsers.rootUnit(), false);
        mvc.perform(post("/api/v1/users/{id}/assignments", user).with(testUsers.as(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"EMPLOYEE\",\"orgUnitId\":\"" + testUsers.rootUnit() + "\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void anAdministratorCannotDisableThemselves() throws Exception {
        mvc.perform(patch("/api/v1/users/{id}", admin).with(testUsers.as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"status\":\"DISABLED\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/self-lockout"));
        mvc.perform(get("/api/v1/users/{id}", admin).with(testUsers.as(admin)))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnLastAdminAssignmentButAnotherAdminCan() throws Exception {
        String body = mvc.perform(get("/api/v1/users/{id}/assignments", admin).with(testUsers.as(admin)))
                .andReturn().getResponse().getContentAsString();
        String assignmentId = json.readTree(body).get(0).get("id").asString();

        mvc.perform(delete("/api/v1/users/{id}/assignments/{aid}", admin, assignmentId).with(testUsers.as(admin)))
                .andExpect(status().isConflict());

        UUID otherAdmin = testUsers.user("admin", Role.ADMIN, testUsers.rootUnit(), true);
        mvc.perform(delete("/api/v1/users/{id}/assignments/{aid}", admin, assignmentId).with(testUsers.as(otherAdmin)))
                .andExpect(status().isNoContent());
    }

    @Test
    void aUserWithoutAdminUsersGets403ProblemJson() throws Exception {
        UUID employee = testUsers.user("emp", Role.EMPLOYEE, testUsers.rootUnit(), false);
        mvc.perform(get("/api/v1/users").with(testUsers.as(employee)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(post("/api/v1/users").with(testUsers.as(employee)).contentType(MediaType.APPLICATION_JSON)
                        .content(userJson("sneaky-" + UUID.randomUUID().toString().substring(0, 8),
                                "a-long-unusual-passphrase-7")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownUserIs404ProblemJson() throws Exception {
        mvc.perform(get("/api/v1/users/{id}", UUID.randomUUID()).with(testUsers.as(admin)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    private JsonNode createUser(String username, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/users").with(testUsers.as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content(userJson(username, password)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private static String userJson(String username, String password) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"New Person\",\"email\":\"p@example.com\","
                + "\"locale\":\"zh-CN\",\"password\":\"" + password + "\"}";
    }
}
