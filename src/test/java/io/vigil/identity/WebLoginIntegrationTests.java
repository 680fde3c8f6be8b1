package io.vigil.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@VigilIntegrationTest
class WebLoginIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void signingInStoresTheSessionInTheDatabase() throws Exception {
        String username = testUsers.username(testUsers.user("web", Role.EMPLOYEE, testUsers.rootUnit(), false));

        MvcResult login = mvc.perform(post("/login").with(csrf())
                        .param("username", username).param("password", TestUsers.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andReturn();

        Integer sessions = jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
                Integer.class, username);
        assertThat(sessions).isEqualTo(1);
        Cookie session = login.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void wrongPasswordShowsTheGenericError() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "nobody").param("password", "whatever-it-is"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", "vigil-test-root-Passw0rd"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarryStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(result -> assertThat(result.getResponse().getHeader("Content-Security-Policy"))
                        .contains("script-src 'self'").contains("frame-ancestors 'none'"));
    }

    @Test
    void loginPageFollowsTheBrowserLanguage() throws Exception {
        String html = mvc.perform(get("/login").header("Accept-Language", "zh-CN,zh;q=0.9"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("用户名").contains("lang=\"zh-CN\"");
    }
}
