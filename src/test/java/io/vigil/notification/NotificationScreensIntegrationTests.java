package io.vigil.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.identity.OrgUnitType;
import io.vigil.identity.Role;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@VigilIntegrationTest
class NotificationScreensIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcTemplate jdbc;

    UUID unit;
    UUID user;
    UUID admin;
    String kind;

    @BeforeEach
    void setUp() {
        unit = testUsers.unit(testUsers.rootUnit(), "Preferences unit", OrgUnitType.DEPARTMENT);
        user = testUsers.user("prefs", Role.EMPLOYEE, unit, false);
        admin = testUsers.user("ruleadmin", Role.ADMIN, unit, false);
        kind = "SCREEN_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void everyUserChoosesImmediateDigestOrOffPerKindAndMandatoryKindsAreLocked() throws Exception {
        jdbc.update("INSERT INTO reminder_rule (kind, days_before, remind_when_overdue, mandatory, escalate_to_manager, "
                + "version) VALUES (?, '7', TRUE, FALSE, TRUE, 0)", kind);
        String form = page(get("/notifications/preferences"), user);
        assertThat(form).contains("id=\"pref-" + kind + "\"").contains("Daily digest")
                .containsPattern("id=\"pref-ESCALATION\"[\\s\\S]*Mandatory: cannot be switched off[\\s\\S]*<fieldset disabled");

        mvc.perform(post("/notifications/preferences").with(testUsers.as(user)).with(csrf())
                        .param("mode." + kind, "DIGEST").param("mode.ESCALATION", "OFF"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/notifications/preferences"));

        mvc.perform(get("/api/v1/notifications/preferences").with(testUsers.as(user)))
                .andExpect(jsonPath("$." + kind).value("DIGEST"))
                .andExpect(jsonPath("$.ESCALATION").doesNotExist());
        assertThat(page(get("/notifications/preferences"), user))
                .containsPattern("id=\"mode-" + kind + "-DIGEST\" value=\"DIGEST\" checked");
    }

    @Test
    void thePreferencesScreenIsLinkedFromTheInboxAndTheProfileAndSpeaksChinese() throws Exception {
        assertThat(page(get("/notifications"), user)).contains("href=\"/notifications/preferences\"");
        assertThat(page(get("/profile"), user)).contains("href=\"/notifications/preferences\"");
        jdbc.update("UPDATE user_account SET locale = 'zh-CN' WHERE id = ?", user);
        assertThat(page(get("/notifications/preferences"), user)).contains("通知偏好").contains("每日摘要")
                .contains("必收：不能关闭");
    }

    @Test
    void anAdministratorEditsAReminderRuleOnScreen() throws Exception {
        assertThat(page(get("/admin/reminder-rules"), admin)).contains("id=\"rule-DEFAULT\"");
        assertThat(page(get("/"), admin)).contains("href=\"/admin/reminder-rules\"");

        mvc.perform(post("/admin/reminder-rules").with(testUsers.as(admin)).with(csrf())
                        .param("kind", kind).param("daysBefore", "14, 2").param("remindWhenOverdue", "true")
                        .param("escalateAfterDays", "5").param("escalateToRole", "CISO").param("version", ""))
                .andExpect(redirectedUrl("/admin/reminder-rules"));

        assertThat(jdbc.queryForMap("SELECT days_before, escalate_after_days, escalate_to_manager, escalate_to_role "
                + "FROM reminder_rule WHERE kind = ?", kind))
                .containsEntry("DAYS_BEFORE", "14,2").containsEntry("ESCALATE_AFTER_DAYS", 5)
                .containsEntry("ESCALATE_TO_MANAGER", false).containsEntry("ESCALATE_TO_ROLE", "CISO");
        assertThat(page(get("/admin/reminder-rules/edit").param("kind", kind), admin))
                .contains("value=\"14, 2\"").contains("<option value=\"CISO\" selected");
    }

    @Test
    void invalidRuleInputIsExplainedAndNothingIsSaved() throws Exception {
        String answer = mvc.perform(post("/admin/reminder-rules").with(testUsers.as(admin)).with(csrf())
                        .param("kind", kind).param("daysBefore", "30, 400").param("escalateAfterDays", "x"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer).contains("Reminder days: write whole numbers between 0 and 365")
                .contains("Escalate after: a whole number of days");
        String noTarget = mvc.perform(post("/admin/reminder-rules").with(testUsers.as(admin)).with(csrf())
                        .param("kind", kind).param("daysBefore", "3").param("escalateAfterDays", "2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(noTarget).contains("An escalation needs a target");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reminder_rule WHERE kind = ?", Integer.class, kind)).isZero();
    }

    @Test
    void aStaleRuleFormIsRefusedWithAnExplanation() throws Exception {
        mvc.perform(post("/admin/reminder-rules").with(testUsers.as(admin)).with(csrf())
                .param("kind", kind).param("daysBefore", "1").param("version", ""))
                .andExpect(redirectedUrl("/admin/reminder-rules"));
        String answer = mvc.perform(post("/admin/reminder-rules").with(testUsers.as(admin)).with(csrf())
                        .param("kind", kind).param("daysBefore", "2").param("version", "7"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer).contains("Someone else changed this rule");
    }

    @Test
    void onlyAdministratorsSeeTheRulesScreen() throws Exception {
        mvc.perform(get("/admin/reminder-rules").with(testUsers.as(user))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/reminder-rules").with(testUsers.as(user)).with(csrf()).param("kind", kind)
                .param("daysBefore", "1")).andExpect(status().isForbidden());
        assertThat(page(get("/"), user)).doesNotContain("/admin/reminder-rules");
    }

    @Test
    void aTaskManagerCreatesAWebhookSeesTheSecretOnceReadsItsLogAndDeletesIt() throws Exception {
        UUID manager = testUsers.user("hooks", Role.CISO, unit, false);
        String name = "Hook " + kind;
        String created = mvc.perform(post("/admin/webhooks").with(testUsers.as(manager)).with(csrf())
                        .param("name", name).param("url", "https://tickets.example.test/hook")
                        .param("orgUnitId", unit.toString()).param("eventTypes", "task.created", "task.escalated"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String secret = jdbc.queryForObject("SELECT secret FROM webhook WHERE name = ?", String.class, name);
        UUID id = jdbc.queryForObject("SELECT id FROM webhook WHERE name = ?", UUID.class, name);
        assertThat(created).contains("id=\"webhook-secret\"").contains(secret);

        String list = page(get("/admin/webhooks"), manager);
        assertThat(list).contains(name).contains("https://tickets.example.test/hook").doesNotContain(secret)
                .contains("data-confirm=\"Delete the webhook " + name);
        assertThat(page(get("/admin/webhooks/{id}/deliveries", id), manager)).contains("Delivery log of " + name);

        mvc.perform(post("/admin/webhooks/{id}/deactivate", id).with(testUsers.as(manager)).with(csrf()))
                .andExpect(redirectedUrl("/admin/webhooks"));
        assertThat(jdbc.queryForObject("SELECT active FROM webhook WHERE id = ?", Boolean.class, id)).isFalse();
    }

    @Test
    void aWebhookWithABadAddressIsExplainedAndNotCreated() throws Exception {
        UUID manager = testUsers.user("hooks", Role.CISO, unit, false);
        String answer = mvc.perform(post("/admin/webhooks").with(testUsers.as(manager)).with(csrf())
                        .param("name", "Bad " + kind).param("url", "ftp://nowhere")
                        .param("orgUnitId", unit.toString()).param("eventTypes", "task.created"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer).contains("The webhook URL must be an absolute http or https address");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM webhook WHERE name = ?", Integer.class, "Bad " + kind))
                .isZero();
        mvc.perform(get("/admin/webhooks").with(testUsers.as(user))).andExpect(status().isForbidden());
    }

    private String page(MockHttpServletRequestBuilder request, UUID as) throws Exception {
        return mvc.perform(request.with(testUsers.as(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
