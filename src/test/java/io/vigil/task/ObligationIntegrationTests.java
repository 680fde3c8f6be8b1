package io.vigil.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.identity.OrgUnitType;
import io.vigil.identity.Role;
import io.vigil.support.MutableClockConfiguration;
import io.vigil.support.MutableClock;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import io.vigil.task.internal.CalendarFeeds;
import io.vigil.task.internal.ObligationJob;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@VigilIntegrationTest
@Import(MutableClockConfiguration.class)
class ObligationIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired MutableClock clock;
    @Autowired ObligationJob job;
    @Autowired JdbcTemplate jdbc;
    @Autowired CalendarFeeds feeds;

    UUID unit;
    UUID manager;
    UUID owner;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.parse("2026-11-02")); // a Monday
        unit = testUsers.unit(testUsers.rootUnit(), "Obligations unit", OrgUnitType.DEPARTMENT);
        manager = testUsers.user("cm", Role.COMPLIANCE_MANAGER, unit, true);
        owner = testUsers.user("owner", Role.SECURITY_OFFICER, unit, false);
    }

    @Test
    void aWeeklyObligationCreatesOneTaskPerPeriodAndCatchesUpAfterDowntime() throws Exception {
        UUID obligation = define("WEEKLY", "\"weekday\":\"MONDAY\"", 4);

        job.run();
        job.run();
        assertThat(periods(obligation)).extracting(p -> p.get("period_start").toString())
                .containsExactly("2026-11-02");

        clock.advanceDays(3); // Thursday: same period
        job.run();
        assertThat(periods(obligation)).hasSize(1);

        clock.setDate(LocalDate.parse("2026-11-25")); // Vigil was stopped for three weeks
        job.run();
        job.run();
        assertThat(periods(obligation)).extracting(p -> p.get("period_start").toString())
                .containsExactly("2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23");
        Integer tasksOfObligation = jdbc.queryForObject("""
                SELECT COUNT(*) FROM task t JOIN obligation_period p ON p.task_id = t.id WHERE p.obligation_id = ?""",
                Integer.class, obligation);
        assertThat(tasksOfObligation).isEqualTo(4);
    }

    @Test
    void aPeriodWhoseTaskIsNotDoneByItsDeadlineIsMarkedMissedAndStaysVisible() throws Exception {
        UUID obligation = define("WEEKLY", "\"weekday\":\"MONDAY\"", 4);
        job.run();
        clock.setDate(LocalDate.parse("2026-11-09"));
        job.run();
        // the second period's task is done in time
        UUID secondTask = jdbc.queryForObject("SELECT task_id FROM obligation_period WHERE obligation_id = ? "
                + "AND period_start = DATE '2026-11-09'", UUID.class, obligation);
        mvc.perform(post("/api/v1/tasks/{id}/complete", secondTask).with(testUsers.as(owner)))
                .andExpect(status().isOk());
        job.run();

        assertThat(periods(obligation)).extracting(p -> p.get("status"))
                .containsExactly("MISSED", "DONE");
        mvc.perform(get("/api/v1/obligations/periods/missed").param("size", "100").with(testUsers.as(manager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.obligationId == '" + obligation + "')].periodStart")
                        .value("2026-11-02"));
        // the missed period's task stays in the owner's list, overdue
        mvc.perform(get("/api/v1/tasks").param("overdue", "true").with(testUsers.as(owner)))
                .andExpect(jsonPath("$.totalElements").value(1));
    }

    @Test
    void aMonthlyObligationIsDueEachMonthOnItsDay() throws Exception {
        UUID obligation = define("MONTHLY", "\"dayOfMonth\":1", 10);
        clock.setDate(LocalDate.parse("2027-01-15"));
        job.run();
        assertThat(periods(obligation)).extracting(p -> p.get("due_date").toString())
                .containsExactly("2026-11-11", "2026-12-11", "2027-01-11");
    }

    @Test
    void anInvalidRruleIsRejectedNamingThePartAndNothingIsSaved() throws Exception {
        String code = "OBL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        mvc.perform(post("/api/v1/obligations").with(testUsers.as(manager)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(code, "RRULE", "\"rrule\":\"FREQ=WEEKLY;BYSETPOS=1\"", 4)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("BYSETPOS")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM obligation WHERE code = ?", Integer.class, code)).isZero();
        mvc.perform(post("/api/v1/obligations").with(testUsers.as(owner)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(code, "DAILY", "\"x\":0", 0)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCalendarFeedListsMyTasksForItsSecretOnly() throws Exception {
        define("WEEKLY", "\"weekday\":\"MONDAY\"", 4);
        job.run();
        String secret = feeds.renew(owner);

        MvcResult feed = mvc.perform(get("/calendar/feed/{secret}.ics", secret))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn();
        String ics = feed.getResponse().getContentAsString();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART;VALUE=DATE:20261106\r\n")
                .contains("SUMMARY:Weekly review (2026-11-02)\r\n");

        mvc.perform(get("/calendar/feed/{secret}.ics", "not-a-valid-secret-at-all-000")).andExpect(status().isNotFound());
        String renewed = feeds.renew(owner);
        assertThat(renewed).isNotEqualTo(secret);
        mvc.perform(get("/calendar/feed/{secret}.ics", secret)).andExpect(status().isNotFound());
    }

    @Test
    void theCalendarPageListsThePeriodsOfTheMonth() throws Exception {
        define("WEEKLY", "\"weekday\":\"MONDAY\"", 4);
        job.run();
        mvc.perform(get("/calendar").param("month", "2026-11").param("view", "list").with(testUsers.as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Weekly review")))
                .andExpect(content().string(containsString("2026-11-06")));
    }

    @Test
    void theMonthViewIsAGridWithTheObligationsOnTheirDays() throws Exception {
        define("WEEKLY", "\"weekday\":\"MONDAY\"", 4);
        job.run();
        String html = mvc.perform(get("/calendar").param("month", "2026-11").with(testUsers.as(manager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"calendar-grid\"").contains("Mon").doesNotContain("id=\"calendar-periods\"");
        assertThat(html.split("class=\"calendar-period").length - 1).as("weekly periods due in the grid").isGreaterThan(0);
        assertThat(html).contains("Weekly review");
    }

    private UUID define(String cadence, String cadenceFields, int deadlineDays) throws Exception {
        String code = "OBL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        MvcResult result = mvc.perform(post("/api/v1/obligations").with(testUsers.as(manager))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(code, cadence, cadenceFields, deadlineDays)))
                .andExpect(status().isCreated())
                .andReturn();
        return jdbc.queryForObject("SELECT id FROM obligation WHERE code = ?", UUID.class, code);
    }

    private String body(String code, String cadence, String cadenceFields, int deadlineDays) {
        return """
                {"code":"%s","title":"Weekly review","kind":"SECURITY_AUDIT","cadence":"%s",%s,
                 "startsOn":"2026-11-01","deadlineDays":%d,"orgUnitId":"%s","ownerRole":"SECURITY_OFFICER",
                 "scope":"Critical systems"}""".formatted(code, cadence, cadenceFields, deadlineDays, unit);
    }

    private List<Map<String, Object>> periods(UUID obligation) {
        return jdbc.queryForList("SELECT period_start, due_date, status FROM obligation_period "
                + "WHERE obligation_id = ? ORDER BY period_start", obligation);
    }
}
