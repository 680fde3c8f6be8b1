package io.vigil.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.vigil.identity.OrgUnitType;
import io.vigil.identity.Role;
import io.vigil.notification.internal.NotificationJobs;
import io.vigil.support.MutableClockConfiguration;
import io.vigil.support.MutableClock;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import io.vigil.task.NewTask;
import io.vigil.task.TaskOwner;
import io.vigil.task.TaskPriority;
import io.vigil.task.TaskView;
import io.vigil.task.Tasks;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@VigilIntegrationTest
@Import(MutableClockConfiguration.class)
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class NotificationIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired Tasks tasks;
    @Autowired NotificationJobs jobs;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    UUID unit;
    UUID owner;
    UUID ciso;
    String ownerMail;
    String cisoMail;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.parse("2026-11-02"));
        unit = testUsers.unit(testUsers.rootUnit(), "Reminders unit", OrgUnitType.DEPARTMENT);
        owner = testUsers.user("owner", Role.EMPLOYEE, unit, false);
        ciso = testUsers.user("ciso", Role.CISO, unit, true);
        ownerMail = mailbox(owner, "en");
        cisoMail = mailbox(ciso, "zh-CN");
    }

    @Test
    void remindersAndEscalationGoOutOnceEachByEmailAndInAppInTheRecipientsLanguage() throws Exception {
        open("Renew the TLS certificate", "2026-11-09", TaskOwner.user(owner));

        jobs.remind();
        jobs.remind();
        assertThat(subjectsTo(ownerMail)).containsExactly("Reminder: \"Renew the TLS certificate\" is due on 2026-11-09");
        mvc.perform(get("/api/v1/notifications/unread-count").with(testUsers.as(owner)))
                .andExpect(jsonPath("$.unread").value(1));

        // Vigil is down from before the 1-day reminder until well after the deadline
        clock.setDate(LocalDate.parse("2026-11-20"));
        jobs.remind();
        jobs.remind();

        assertThat(subjectsTo(ownerMail)).containsExactly(
                "Reminder: \"Renew the TLS certificate\" is due on 2026-11-09",
                "Overdue: \"Renew the TLS certificate\" was due on 2026-11-09");
        assertThat(subjectsTo(cisoMail)).containsExactly("升级：“Renew the TLS certificate”已逾期 11 天");
        MimeMessage escalation = messagesTo(cisoMail).get(0);
        assertThat(escalation.getContent().toString()).contains("owner").contains("已于 2026-11-09 到期");

        mvc.perform(get("/notifications").with(testUsers.as(ciso)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("升级：“Renew the TLS certificate”已逾期 11 天")))
                .andExpect(content().string(containsString("标为已读")));
        mvc.perform(get("/notifications/badge").with(testUsers.as(ciso)))
                .andExpect(content().string(containsString(">1<")));
        mvc.perform(get("/api/v1/notifications").with(testUsers.as(ciso)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].kind").value("ESCALATION"))
                .andExpect(jsonPath("$.items[0].read").value(false));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sent_reminder r JOIN task t ON t.id = r.task_id "
                + "WHERE t.title = 'Renew the TLS certificate' AND t.org_unit_id = ?", Integer.class, unit)).isEqualTo(3);
    }

    @Test
    void aRoleOwnedTaskRemindsEveryHolderOfTheRoleInItsUnit() throws Exception {
        UUID officer = testUsers.user("officer", Role.SECURITY_OFFICER, unit, false);
        String officerMail = mailbox(officer, "en");
        open("Review firewall rules", "2026-11-03", TaskOwner.role(Role.SECURITY_OFFICER));

        jobs.remind();

        assertThat(subjectsTo(officerMail)).containsExactly("Reminder: \"Review firewall rules\" is due on 2026-11-03");
        assertThat(subjectsTo(ownerMail)).isEmpty();
    }

    @Test
    void aDigestPreferenceBundlesTheDaysMessagesAndOffSendsNoEmail() throws Exception {
        mvc.perform(put("/api/v1/notifications/preferences/DIGEST_KIND").with(testUsers.as(owner))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"DIGEST\"}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/notifications/preferences/QUIET_KIND").with(testUsers.as(owner))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"OFF\"}"))
                .andExpect(status().isOk());
        tasks.open(new NewTask("First", null, "DIGEST_KIND", unit, TaskOwner.user(owner), null,
                LocalDate.parse("2026-11-05"), TaskPriority.NORMAL));
        tasks.open(new NewTask("Second", null, "DIGEST_KIND", unit, TaskOwner.user(owner), null,
                LocalDate.parse("2026-11-06"), TaskPriority.NORMAL));
        tasks.open(new NewTask("Third", null, "QUIET_KIND", unit, TaskOwner.user(owner), null,
                LocalDate.parse("2026-11-06"), TaskPriority.NORMAL));

        jobs.remind();
        assertThat(subjectsTo(ownerMail)).isEmpty();
        mvc.perform(get("/api/v1/notifications/unread-count").with(testUsers.as(owner)))
                .andExpect(jsonPath("$.unread").value(3));

        jobs.digest();
        jobs.digest();
        assertThat(subjectsTo(ownerMail)).containsExactly("Vigil: 2 notification(s) today");
        String body = messagesTo(ownerMail).get(0).getContent().toString();
        assertThat(body).contains("\"First\"").contains("\"Second\"").doesNotContain("Third");
    }

    @Test
    void escalationEmailsCannotBeSwitchedOff() throws Exception {
        mvc.perform(put("/api/v1/notifications/preferences/ESCALATION").with(testUsers.as(ciso))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"OFF\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("mandatory-kind")));
    }

    @Test
    void notificationsAreMarkedReadOneByOneOrAllAtOnce() throws Exception {
        open("One", "2026-11-03", TaskOwner.user(owner));
        open("Two", "2026-11-04", TaskOwner.user(owner));
        jobs.remind();
        String id = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/notifications")
                .with(testUsers.as(owner))).andReturn().getResponse().getContentAsString(), "$.items[0].id");

        mvc.perform(post("/api/v1/notifications/{id}/read", id).with(testUsers.as(owner)))
                .andExpect(jsonPath("$.unread").value(1));
        mvc.perform(post("/api/v1/notifications/{id}/read", id).with(testUsers.as(ciso)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/notifications/read-all").with(testUsers.as(owner)))
                .andExpect(jsonPath("$.unread").value(0));
    }

    @Test
    void aRuleForAKindReplacesTheDefaultOffsets() throws Exception {
        UUID admin = testUsers.user("rules", Role.ADMIN, unit, false);
        mvc.perform(put("/api/v1/notifications/rules/LATE_KIND").with(testUsers.as(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"daysBefore\":[2],\"remindWhenOverdue\":false,\"mandatory\":false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.daysBefore[0]").value(2));
        mvc.perform(put("/api/v1/notifications/rules/LATE_KIND").with(testUsers.as(owner))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"daysBefore\":[2],\"remindWhenOverdue\":false,\"mandatory\":false}"))
                .andExpect(status().isForbidden());
        tasks.open(new NewTask("Late", null, "LATE_KIND", unit, TaskOwner.user(owner), null,
                LocalDate.parse("2026-11-06"), TaskPriority.NORMAL));

        jobs.remind();
        assertThat(subjectsTo(ownerMail)).isEmpty();
        clock.setDate(LocalDate.parse("2026-11-04"));
        jobs.remind();
        assertThat(subjectsTo(ownerMail)).hasSize(1);
    }

    @Test
    void anOverdueTaskEscalatesOnceByEmailToTheOwnersManagerFromThePeopleDirectory() throws Exception {
        UUID manager = testUsers.user("manager", Role.EMPLOYEE, unit, false);
        String managerMail = mailbox(manager, "en");
        UUID managerEmployee = employee("Mia Manager", manager, null);
        employee("Owen Owner", owner, managerEmployee);
        open("Patch the hypervisors", "2026-11-01", TaskOwner.user(owner));

        clock.setDate(LocalDate.parse("2026-11-04"));
        jobs.remind();
        jobs.remind();
        clock.setDate(LocalDate.parse("2026-11-10"));
        jobs.remind();

        assertThat(subjectsTo(managerMail)).containsExactly("Escalation: \"Patch the hypervisors\" is 3 day(s) overdue");
        assertThat(messagesTo(managerMail).get(0).getContent().toString()).contains("owner");
        // the default rule also names the CISO: both hear of it, once
        assertThat(subjectsTo(cisoMail)).containsExactly("升级：“Patch the hypervisors”已逾期 3 天");
        mvc.perform(get("/api/v1/notifications").with(testUsers.as(manager)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].kind").value("ESCALATION"));
    }

    @Test
    void aRuleWithoutManagerEscalationAndARoleOwnedTaskLeaveTheManagerOut() throws Exception {
        UUID admin = testUsers.user("rules", Role.ADMIN, unit, false);
        UUID manager = testUsers.user("manager", Role.SECURITY_OFFICER, unit, false);
        String managerMail = mailbox(manager, "en");
        employee("Owen Owner", owner, employee("Mia Manager", manager, null));
        mvc.perform(put("/api/v1/notifications/rules/ROLE_ONLY").with(testUsers.as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"daysBefore\":[],\"remindWhenOverdue\":false,"
                                + "\"escalateAfterDays\":1,\"escalateToManager\":false,\"escalateToRole\":\"CISO\","
                                + "\"mandatory\":false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.escalateToManager").value(false));
        tasks.open(new NewTask("Role only", null, "ROLE_ONLY", unit, TaskOwner.user(owner), null,
                LocalDate.parse("2026-10-30"), TaskPriority.NORMAL));
        // owned by the manager's role: a role has no manager, and the manager holds it only as owner
        open("Owned by a role", "2026-10-30", TaskOwner.role(Role.SECURITY_OFFICER));

        jobs.remind();

        assertThat(subjectsTo(cisoMail)).contains("升级：“Role only”已逾期 3 天", "升级：“Owned by a role”已逾期 3 天");
        assertThat(subjectsTo(managerMail)).noneMatch(subject -> subject.startsWith("Escalation"));
    }

    @Test
    void aRuleMustEscalateToSomeone() throws Exception {
        UUID admin = testUsers.user("rules", Role.ADMIN, unit, false);
        mvc.perform(put("/api/v1/notifications/rules/NOBODY").with(testUsers.as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"daysBefore\":[1],\"remindWhenOverdue\":true,"
                                + "\"escalateAfterDays\":2,\"escalateToManager\":false,\"mandatory\":false}"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reminder_rule WHERE kind = 'NOBODY'", Integer.class))
                .isZero();
    }

    private UUID employee(String name, UUID userId, UUID managerId) {
        UUID id = UUID.randomUUID();
        String number = "N" + id.toString().substring(0, 8);
        jdbc.update("INSERT INTO employee (id, employee_number, name, email, org_unit_id, manager_id, hire_date, status, "
                + "user_id, search_text, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, DATE '2020-01-01', "
                + "'ACTIVE', ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)", id, number, name,
                number.toLowerCase() + "@vigil.test", unit, managerId, userId, number.toLowerCase());
        return id;
    }

    private TaskView open(String title, String due, TaskOwner taskOwner) {
        return tasks.open(new NewTask(title, null, "TEST_REMINDER", unit, taskOwner, null, LocalDate.parse(due),
                TaskPriority.HIGH));
    }

    private String mailbox(UUID userId, String locale) {
        String address = "u" + UUID.randomUUID().toString().substring(0, 8) + "@vigil.test";
        jdbc.update("UPDATE user_account SET email = ?, locale = ? WHERE id = ?", address, locale, userId);
        return address;
    }

    private List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private List<String> subjectsTo(String address) {
        return messagesTo(address).stream().map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
