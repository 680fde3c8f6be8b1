package io.vigil.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.support.MutableClock;
import io.vigil.support.MutableClockConfiguration;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@VigilIntegrationTest
@Import(MutableClockConfiguration.class)
class LockoutIntegrationTests {

    private static final String WRONG = "not-the-password-42";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    MutableClock clock;

    @Autowired
    JsonMapper json;

    @Test
    void formLoginLocksAfterFiveFailuresRefusesTheRightPasswordDuringTheLockAndWorksAfterIt() throws Exception {
        String username = newUser();
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(username).password(WRONG)).andExpect(redirectedUrl("/login?error"));
        }
        // still unlocked after four: the right password works and resets the count
        mvc.perform(formLogin().user(username).password(TestUsers.PASSWORD)).andExpect(authenticated());
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password(WRONG)).andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(formLogin().user(username).password(TestUsers.PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        clock.advance(Duration.ofMinutes(14));
        mvc.perform(formLogin().user(username).password(TestUsers.PASSWORD)).andExpect(unauthenticated());

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        mvc.perform(formLogin().user(username).password(TestUsers.PASSWORD))
                .andExpect(authenticated().withUsername(username)).andExpect(redirectedUrl("/"));
    }

    @Test
    void tokenEndpointLocksWithTheSameGenericAnswerAndUnlocksAfterTheLockPeriod() throws Exception {
        String username = newUser();
        String wrongPasswordAnswer = null;
        for (int i = 0; i < 5; i++) {
            wrongPasswordAnswer = token(username, WRONG, 401);
        }

        String lockedAnswer = token(username, TestUsers.PASSWORD, 401);
        assertThat(json.readTree(lockedAnswer).get("detail")).isEqualTo(json.readTree(wrongPasswordAnswer).get("detail"));
        assertThat(json.readTree(lockedAnswer).get("type")).isEqualTo(json.readTree(wrongPasswordAnswer).get("type"));

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        token(username, TestUsers.PASSWORD, 200);
    }

    @Test
    void failuresOnOneChannelCountTowardsTheLockOnTheOther() throws Exception {
        String username = newUser();
        for (int i = 0; i < 3; i++) {
            token(username, WRONG, 401);
        }
        for (int i = 0; i < 2; i++) {
            mvc.perform(formLogin().user(username).password(WRONG)).andExpect(unauthenticated());
        }
        token(username, TestUsers.PASSWORD, 401);
    }

    private String newUser() {
        UUID id = testUsers.user("lock", Role.EMPLOYEE, testUsers.rootUnit(), false);
        return testUsers.username(id);
    }

    private String token(String username, String password, int expectedStatus) throws Exception {
        return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .andExpect(status().is(expectedStatus))
                .andReturn().getResponse().getContentAsString();
    }
}
