package io.vigil.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.identity.internal.UserAdministration;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The administration and profile screens render, act, and answer a friendly 403 to those without permission. */
@VigilIntegrationTest
class AdminScreensIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    UserAdministration users;

    UUID admin;

    @BeforeEach
    void admin() {
        admin = testUsers.user("admin", Role.ADMIN, testUsers.rootUnit(), true);
    }

    @Test
    void userListSearchesAndFilters() throws Exception {
        UUID someone = testUsers.user("findme", Role.EMPLOYEE, testUsers.rootUnit(), false);
        String link = "href=\"/admin/users/" + someone + "\"";
        String page = html(get("/admin/users").param("q", testUsers.username(someone)).param("status", "ACTIVE"));
        assertThat(page).contains(link).contains("users-table");
        assertThat(html(get("/admin/users").param("q", testUsers.username(someone)).param("status", "DISABLED")))
                .doesNotContain(link).contains("No users match");
    }

    @Test
    void createsAUserFromTheFormAndShowsPolicyErrorsInline() throws Exception {
        String username = "form-" + UUID.randomUUID().toString().substring(0, 8);
        String refused = mvc.perform(post("/admin/users/new").with(csrf()).with(testUsers.as(admin))
                        .param("username", username).param("displayName", "Form User").param("email", "")
                        .param("locale", "en").param("password", "short"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("at least 12 characters").contains("is-invalid");

        mvc.perform(post("/admin/users/new").with(csrf()).with(testUsers.as(admin))
                        .param("username", username).param("displayName", "Form User").param("email", "")
                        .param("locale", "en").param("password", "a-long-unusual-passphrase-7"))
                .andExpect(status().is3xxRedirection());
        assertThat(users.search(username, null, org.springframework.data.domain.Pageable.ofSize(5)).getTotalElements())
                .isEqualTo(1);
    }

    @Test
    void userPageShowsAssignmentsAndGrantsAndRevokesRoles() throws Exception {
        UUID someone = testUsers.user("page", Role.EMPLOYEE, testUsers.rootUnit(), false);
        assertThat(html(get("/admin/users/{id}", someone))).contains("assignments").contains("Employee");

        mvc.perform(post("/admin/users/{id}/assignments", someone).with(csrf()).with(testUsers.as(admin))
                        .param("role", "AUDITOR").param("orgUnitId", testUsers.rootUnit().toString())
                        .param("includeDescendants", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(users.assignments(someone)).extracting(a -> a.getRole()).contains(Role.AUDITOR);
        assertThat(html(get("/admin/users/{id}", someone))).contains("id=\"history\"").contains("PERMISSION_GRANTED");
    }

    @Test
    void anAdminCannotDisableThemselvesFromTheScreen() throws Exception {
        mvc.perform(post("/admin/users/{id}/disable", admin).with(csrf()).with(testUsers.as(admin)))
                .andExpect(status().is3xxRedirection());
        assertThat(users.get(admin).getStatus().name()).isEqualTo("ACTIVE");
    }

    @Test
    void rolesMatrixAndOrgTreeRender() throws Exception {
        assertThat(html(get("/admin/roles"))).contains("role-matrix").contains("admin:users");
        assertThat(html(get("/admin/org-units"))).contains("org-tree").contains("GROUP");
    }

    @Test
    void profilePageShowsDetailsPasswordMfaAndTokens() throws Exception {
        assertThat(html(get("/profile"))).contains("id=\"password\"").contains("id=\"mfa\"").contains("id=\"tokens\"");
    }

    @Test
    void selfServicePasswordChangeNeedsTheCurrentPasswordAndThePolicy() throws Exception {
        UUID user = testUsers.user("pw", Role.EMPLOYEE, testUsers.rootUnit(), false);
        mvc.perform(post("/profile/password").with(csrf()).with(testUsers.as(user))
                        .param("currentPassword", "wrong-current-password").param("newPassword", "another-long-passphrase-8")
                        .param("confirmPassword", "another-long-passphrase-8"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("passwordError", "The current password is not correct."));
        mvc.perform(post("/profile/password").with(csrf()).with(testUsers.as(user))
                        .param("currentPassword", TestUsers.PASSWORD).param("newPassword", "qwertyuiop123")
                        .param("confirmPassword", "qwertyuiop123"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("passwordError", "This password is too common; choose one that is harder to guess."));
        mvc.perform(post("/profile/password").with(csrf()).with(testUsers.as(user))
                        .param("currentPassword", TestUsers.PASSWORD).param("newPassword", "another-long-passphrase-8")
                        .param("confirmPassword", "another-long-passphrase-8"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attributeExists("success"));
        mvc.perform(post("/api/v1/auth/token").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + testUsers.username(user)
                                + "\",\"password\":\"another-long-passphrase-8\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void aUserWithoutPermissionIsRefusedTheAdminScreens() throws Exception {
        UUID employee = testUsers.user("emp", Role.EMPLOYEE, testUsers.rootUnit(), false);
        mvc.perform(get("/admin/users").with(testUsers.as(employee)).accept("text/html"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/org-units").with(testUsers.as(employee)).accept("text/html"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/roles/EMPLOYEE/mfa").param("required", "true").with(csrf())
                .with(testUsers.as(employee))).andExpect(status().isForbidden());
    }

    /** MockMvc has no servlet error dispatch, so the 403 page is rendered by calling /error as the container would. */
    @Test
    void theForbiddenErrorPageIsFriendlyAndInTheUsersLanguage() throws Exception {
        UUID employee = testUsers.user("emp", Role.EMPLOYEE, testUsers.rootUnit(), false);
        String english = mvc.perform(forbiddenErrorDispatch().with(testUsers.as(employee)))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Access denied").contains("Back to the home page");

        mvc.perform(post("/profile").with(csrf()).with(testUsers.as(employee))
                .param("displayName", "员工").param("email", "").param("locale", "zh-CN"));
        String chinese = mvc.perform(forbiddenErrorDispatch().with(testUsers.as(employee)))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(chinese).contains("无权访问").contains("返回首页");
    }

    @Test
    void otherErrorsGetTheGenericPage() throws Exception {
        String page = mvc.perform(get("/error").accept("text/html")
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/somewhere"))
                .andExpect(status().isInternalServerError()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Something went wrong");
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder forbiddenErrorDispatch() {
        return get("/error").accept("text/html")
                .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 403)
                .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/admin/users");
    }

    private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(testUsers.as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
