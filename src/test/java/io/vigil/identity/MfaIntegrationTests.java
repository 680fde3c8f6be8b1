package io.vigil.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.identity.internal.MultiFactor;
import io.vigil.identity.internal.Totp;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.support.Browser;
import io.vigil.support.MutableClock;
import io.vigil.support.MutableClockConfiguration;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@VigilIntegrationTest
@Import(MutableClockConfiguration.class)
@RecordApplicationEvents
class MfaIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    MutableClock clock;

    @Autowired
    MultiFactor multiFactor;

    @Autowired
    ApplicationEvents events;

    @Test
    void enrolmentOnTheProfileThenLoginNeedsACurrentCodeBeforeAnyPageOpens() throws Exception {
        UUID userId = testUsers.user("mfa", Role.EMPLOYEE, testUsers.rootUnit(), false);
        Enrolled enrolled = enrolOnProfile(userId);
        assertThat(enrolled.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        assertThat(events.stream(AuditableEvent.class)).anyMatch(e -> e.action().equals("MFA_ENABLED"));

        Browser browser = new Browser(mvc);
        assertRedirect(passwordStep(browser, userId), "/login/mfa");
        assertRedirect(browser.perform(get("/")), "/login/mfa");
        assertRedirect(browser.perform(get("/profile")), "/login/mfa");
        assertThat(browser.perform(get("/login/mfa")).getResponse().getStatus()).isEqualTo(200);

        assertRedirect(browser.perform(post("/login/mfa").param("code", "000000").with(csrf())), "/login/mfa?error");
        assertRedirect(browser.perform(get("/")), "/login/mfa");

        clock.advance(Duration.ofSeconds(30));
        String code = Totp.codeAt(enrolled.secret(), clock.instant());
        assertRedirect(browser.perform(post("/login/mfa").param("code", code).with(csrf())), "/");
        assertThat(browser.perform(get("/")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aCodeIsAcceptedOnlyOnce() throws Exception {
        UUID userId = testUsers.user("mfa", Role.EMPLOYEE, testUsers.rootUnit(), false);
        Enrolled enrolled = enrolOnProfile(userId);
        clock.advance(Duration.ofSeconds(30));
        String code = Totp.codeAt(enrolled.secret(), clock.instant());

        Browser first = new Browser(mvc);
        passwordStep(first, userId);
        assertRedirect(first.perform(post("/login/mfa").param("code", code).with(csrf())), "/");

        Browser replay = new Browser(mvc);
        passwordStep(replay, userId);
        assertRedirect(replay.perform(post("/login/mfa").param("code", code).with(csrf())), "/login/mfa?error");
    }

    @Test
    void aRecoveryCodeSignsInOnceOnly() throws Exception {
        UUID userId = testUsers.user("mfa", Role.EMPLOYEE, testUsers.rootUnit(), false);
        String recovery = enrolOnProfile(userId).recoveryCodes().get(3);

        Browser first = new Browser(mvc);
        passwordStep(first, userId);
        assertRedirect(first.perform(post("/login/mfa").param("code", recovery.toLowerCase()).with(csrf())), "/");
        assertThat(multiFactor.remainingRecoveryCodes(userId)).isEqualTo(9);

        Browser second = new Browser(mvc);
        passwordStep(second, userId);
        assertRedirect(second.perform(post("/login/mfa").param("code", recovery).with(csrf())), "/login/mfa?error");
    }

    @Test
    void tokenEndpointTakesATotpCodeButNoRecoveryCode() throws Exception {
        UUID userId = testUsers.user("mfa", Role.EMPLOYEE, testUsers.rootUnit(), false);
        Enrolled enrolled = enrolOnProfile(userId);
        String username = testUsers.username(userId);

        token(username, null, 401);
        token(username, enrolled.recoveryCodes().get(0), 401);
        clock.advance(Duration.ofSeconds(30));
        token(username, Totp.codeAt(enrolled.secret(), clock.instant()), 200);
    }

    @Test
    void wrongSecondFactorsCountTowardsTheLockout() throws Exception {
        UUID userId = testUsers.user("mfa", Role.EMPLOYEE, testUsers.rootUnit(), false);
        Enrolled enrolled = enrolOnProfile(userId);
        Browser browser = new Browser(mvc);
        passwordStep(browser, userId);
        for (int i = 0; i < 4; i++) {
            assertRedirect(browser.perform(post("/login/mfa").param("code", "111111").with(csrf())), "/login/mfa?error");
        }
        // the fifth wrong code locks the account and ends the half-open session
        assertRedirect(browser.perform(post("/login/mfa").param("code", "111111").with(csrf())), "/login?error");
        clock.advance(Duration.ofSeconds(30));
        assertRedirect(passwordStep(new Browser(mvc), userId), "/login?error");
        clock.advance(Duration.ofMinutes(16));
        assertRedirect(passwordStep(new Browser(mvc), userId), "/login/mfa");
        assertThat(enrolled.secret()).isNotBlank();
    }

    @Test
    void disablingMfaNeedsAValidCode() throws Exception {
        UUID userId = testUsers.user("mfa", Role.EMPLOYEE, testUsers.rootUnit(), false);
        Enrolled enrolled = enrolOnProfile(userId);

        mvc.perform(post("/profile/mfa/disable").param("code", "123").with(csrf()).with(testUsers.as(userId)));
        assertThat(multiFactor.enabled(userId)).isTrue();

        clock.advance(Duration.ofSeconds(30));
        mvc.perform(post("/profile/mfa/disable").param("code", Totp.codeAt(enrolled.secret(), clock.instant()))
                .with(csrf()).with(testUsers.as(userId)));
        assertThat(multiFactor.enabled(userId)).isFalse();
        assertRedirect(passwordStep(new Browser(mvc), userId), "/");
    }

    @Test
    void adminResetRemovesMfaAndIsAudited() throws Exception {
        UUID userId = testUsers.user("mfa", Role.EMPLOYEE, testUsers.rootUnit(), false);
        UUID admin = testUsers.user("admin", Role.ADMIN, testUsers.rootUnit(), true);
        enrolOnProfile(userId);

        mvc.perform(post("/admin/users/{id}/mfa-reset", userId).with(csrf()).with(testUsers.as(admin)))
                .andExpect(status().is3xxRedirection());

        assertThat(multiFactor.enabled(userId)).isFalse();
        assertThat(multiFactor.remainingRecoveryCodes(userId)).isZero();
        assertThat(events.stream(AuditableEvent.class))
                .anyMatch(e -> e.action().equals("MFA_RESET") && e.entityId().equals(userId.toString()));
        assertRedirect(passwordStep(new Browser(mvc), userId), "/");
    }

    @Test
    void aUserWhoseRoleRequiresMfaMustEnrolBeforeAnythingElse() throws Exception {
        UUID admin = testUsers.user("admin", Role.ADMIN, testUsers.rootUnit(), true);
        UUID userId = testUsers.user("committee", Role.AUDIT_COMMITTEE, testUsers.rootUnit(), true);
        mvc.perform(post("/admin/roles/AUDIT_COMMITTEE/mfa").param("required", "true").with(csrf())
                .with(testUsers.as(admin))).andExpect(status().is3xxRedirection());
        try {
            token(testUsers.username(userId), null, 401);

            Browser browser = new Browser(mvc);
            assertRedirect(passwordStep(browser, userId), "/login/mfa/enrol");
            assertRedirect(browser.perform(get("/")), "/login/mfa/enrol");
            assertRedirect(browser.perform(get("/login/mfa")), "/login/mfa/enrol");

            MvcResult form = browser.perform(get("/login/mfa/enrol"));
            assertThat(form.getResponse().getStatus()).isEqualTo(200);
            assertThat(form.getResponse().getContentAsString()).contains("data:image/svg+xml;base64,");
            String secret = ((MultiFactor.Enrolment) form.getModelAndView().getModel().get("enrolment")).secret();

            assertRedirect(browser.perform(post("/login/mfa/enrol").param("code", "000000").with(csrf())),
                    "/login/mfa/enrol?error");
            MvcResult done = browser.perform(post("/login/mfa/enrol")
                    .param("code", Totp.codeAt(secret, clock.instant())).with(csrf()));
            assertThat(done.getResponse().getContentAsString()).contains("recovery-codes");
            assertThat(browser.perform(get("/")).getResponse().getStatus()).isEqualTo(200);
            assertThat(multiFactor.enabled(userId)).isTrue();
        } finally {
            multiFactor.setRequired(Role.AUDIT_COMMITTEE, false);
        }
    }

    record Enrolled(String secret, List<String> recoveryCodes) {
    }

    @SuppressWarnings("unchecked")
    private Enrolled enrolOnProfile(UUID userId) throws Exception {
        Browser browser = new Browser(mvc);
        assertRedirect(passwordStep(browser, userId), "/");
        MvcResult form = browser.perform(get("/profile/mfa/enrol"));
        assertThat(form.getResponse().getContentAsString()).contains("mfa-qr").contains("mfa-secret");
        String secret = ((MultiFactor.Enrolment) form.getModelAndView().getModel().get("enrolment")).secret();
        assertThat(form.getResponse().getContentAsString()).contains(secret);

        MvcResult wrong = browser.perform(post("/profile/mfa/enrol").param("code", "000000").with(csrf()));
        assertThat(wrong.getFlashMap().get("mfaError")).isNotNull();
        assertThat(multiFactor.enabled(userId)).isFalse();

        MvcResult confirmed = browser.perform(post("/profile/mfa/enrol")
                .param("code", Totp.codeAt(secret, clock.instant())).with(csrf()));
        assertThat(multiFactor.enabled(userId)).isTrue();
        return new Enrolled(secret, (List<String>) confirmed.getFlashMap().get("recoveryCodes"));
    }

    private MvcResult passwordStep(Browser browser, UUID userId) throws Exception {
        return browser.perform(post("/login").param("username", testUsers.username(userId))
                .param("password", TestUsers.PASSWORD).with(csrf()));
    }

    private void token(String username, String totp, int expectedStatus) throws Exception {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + TestUsers.PASSWORD + "\""
                + (totp == null ? "" : ",\"totp\":\"" + totp + "\"") + "}";
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expectedStatus));
    }

    private static void assertRedirect(MvcResult result, String location) {
        assertThat(result.getResponse().getStatus()).as("status").isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(location);
    }
}
