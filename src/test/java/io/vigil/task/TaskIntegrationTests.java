package io.vigil.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.identity.OrgUnitType;
import io.vigil.identity.Role;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.support.MutableClockConfiguration;
import io.vigil.support.MutableClock;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@VigilIntegrationTest
@Import(MutableClockConfiguration.class)
@RecordApplicationEvents
class TaskIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired Tasks tasks;
    @Autowired MutableClock clock;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired ApplicationEvents events;
    @Autowired JdbcTemplate jdbc;

    UUID unit;
    UUID employee;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.parse("2026-11-02"));
        unit = testUsers.unit(testUsers.rootUnit(), "Tasks unit", OrgUnitType.DEPARTMENT);
        employee = testUsers.user("worker", Role.EMPLOYEE, unit, false);
    }

    @Test
    void myTasksListOverdueFirstThenDueSoonAndOpeningIsAudited() throws Exception {
        open("Later", TaskOwner.user(employee), "2026-11-10", null);
        open("Overdue", TaskOwner.user(employee), "2026-10-30", null);
        open("Soon", TaskOwner.user(employee), "2026-11-05", null);

        mvc.perform(get("/api/v1/tasks").with(testUsers.as(employee)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.items[0].title").value("Overdue"))
                .andExpect(jsonPath("$.items[0].overdue").value(true))
                .andExpect(jsonPath("$.items[1].title").value("Soon"))
                .andExpect(jsonPath("$.items[2].title").value("Later"))
                .andExpect(jsonPath("$.items[2].overdue").value(false));
        mvc.perform(get("/api/v1/tasks").param("overdue", "true").with(testUsers.as(employee)))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/tasks/count").with(testUsers.as(employee)))
                .andExpect(jsonPath("$.active").value(3));

        assertThat(events.stream(AuditableEvent.class)
                .filter(e -> e.entityType().equals("Task") && e.action().equals("CREATED"))).hasSize(3);
    }

    @Test
    void openingTwiceForTheSameRecordKeepsOneActiveTask() {
        RelatedRecord finding = new RelatedRecord("vulnerability", "Finding", UUID.randomUUID().toString(), "/f/1");
        TaskView first = open("Fix finding", TaskOwner.user(employee), "2026-11-20", finding);
        TaskView second = open("Fix finding", TaskOwner.user(employee), "2026-11-20", finding);
        assertThat(second.id()).isEqualTo(first.id());
    }

    @Test
    void aRecordReachingAFulfillingStateClosesItsTask() {
        RelatedRecord finding = new RelatedRecord("vulnerability", "Finding", UUID.randomUUID().toString(), "/f/2");
        TaskView task = open("Fix finding", TaskOwner.user(employee), "2026-11-20", finding);

        publisher.publishEvent(new RelatedRecordFulfilled(finding, "verified fixed"));

        TaskView closed = tasks.find(task.id()).orElseThrow();
        assertThat(closed.status()).isEqualTo(TaskStatus.DONE);
        assertThat(closed.completionNote()).isEqualTo("verified fixed");
        assertThat(events.stream(AuditableEvent.class).filter(e -> e.action().equals("COMPLETED")
                && e.entityId().equals(task.id().toString()))).hasSize(1);
    }

    @Test
    void aTaskOwnedByARoleIsOfferedToItsHoldersInTheUnitAndTakenWhenStarted() throws Exception {
        UUID officer = testUsers.user("officer", Role.SECURITY_OFFICER, unit, false);
        UUID otherUnit = testUsers.unit(testUsers.rootUnit(), "Other unit", OrgUnitType.DEPARTMENT);
        UUID stranger = testUsers.user("stranger", Role.SECURITY_OFFICER, otherUnit, false);
        TaskView task = open("Review logs", TaskOwner.role(Role.SECURITY_OFFICER), "2026-11-04", null);

        mvc.perform(get("/api/v1/tasks").with(testUsers.as(officer)))
                .andExpect(jsonPath("$.items[*].id", hasItem(task.id().toString())));
        mvc.perform(get("/api/v1/tasks").with(testUsers.as(stranger)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(task.id().toString()))));
        mvc.perform(get("/api/v1/tasks/{id}", task.id()).with(testUsers.as(stranger)))
                .andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/tasks/{id}/status", task.id()).with(testUsers.as(officer))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"IN_PROGRESS\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ownerUserId").value(officer.toString()))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
    }

    @Test
    void completingADoneTaskIsAnIllegalTransition() throws Exception {
        TaskView task = open("Sign policy", TaskOwner.user(employee), "2026-11-04", null);

        mvc.perform(post("/api/v1/tasks/{id}/complete", task.id()).with(testUsers.as(employee))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"signed\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.completionNote").value("signed"));
        mvc.perform(post("/api/v1/tasks/{id}/complete", task.id()).with(testUsers.as(employee)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type", endsWith("illegal-transition")))
                .andExpect(jsonPath("$.detail", containsString("DONE")));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
        TaskView task = open("Sign policy", TaskOwner.user(employee), "2026-11-04", null);

        mvc.perform(post("/api/v1/tasks/{id}/complete", task.id()).with(testUsers.as(employee))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":7}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", endsWith("stale-version")));
        assertThat(tasks.find(task.id()).orElseThrow().status()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void managersSeeTheTasksOfTheirUnitsOnly() throws Exception {
        UUID manager = testUsers.user("manager", Role.COMPLIANCE_MANAGER, unit, true);
        UUID otherUnit = testUsers.unit(testUsers.rootUnit(), "Elsewhere", OrgUnitType.DEPARTMENT);
        UUID otherManager = testUsers.user("manager", Role.COMPLIANCE_MANAGER, otherUnit, true);
        TaskView task = open("Team task", TaskOwner.user(employee), "2026-11-04", null);

        mvc.perform(get("/api/v1/tasks/unit").with(testUsers.as(manager)))
                .andExpect(jsonPath("$.items[*].id", hasItem(task.id().toString())));
        mvc.perform(get("/api/v1/tasks/unit").with(testUsers.as(otherManager)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(task.id().toString()))));
        mvc.perform(get("/api/v1/tasks/unit").with(testUsers.as(employee)))
                .andExpect(status().isForbidden());
    }

    @Test
    void creatingATaskByHandValidatesTheKindAndTheUnit() throws Exception {
        UUID manager = testUsers.user("manager", Role.COMPLIANCE_MANAGER, unit, false);
        String body = """
                {"title":"Check","kind":"%s","orgUnitId":"%s","ownerUserId":"%s","dueDate":"2026-11-20"}""";

        mvc.perform(post("/api/v1/tasks").with(testUsers.as(manager)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("bad kind", unit, employee)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(post("/api/v1/tasks").with(testUsers.as(manager)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("CHECK", testUsers.rootUnit(), employee)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tasks").with(testUsers.as(manager)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("CHECK", unit, employee)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ownerUserId").value(employee.toString()));
    }

    @Test
    void theHomePageShowsMyTasksInEnglishAndInChinese() throws Exception {
        open("Renew the firewall certificate", TaskOwner.user(employee), "2026-10-30", null);

        mvc.perform(get("/").with(testUsers.as(employee)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("My tasks")))
                .andExpect(content().string(containsString("Renew the firewall certificate")))
                .andExpect(content().string(containsString("Overdue")));

        jdbc.update("UPDATE user_account SET locale = 'zh-CN' WHERE id = ?", employee);
        mvc.perform(get("/").with(testUsers.as(employee)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("我的任务")))
                .andExpect(content().string(containsString("Renew the firewall certificate")))
                .andExpect(content().string(containsString("已逾期")));
        mvc.perform(get("/tasks/badge").with(testUsers.as(employee)))
                .andExpect(content().string(containsString(">1<")));
    }

    private TaskView open(String title, TaskOwner owner, String due, RelatedRecord related) {
        return tasks.open(new NewTask(title, null, "TEST_KIND", unit, owner, related, LocalDate.parse(due),
                TaskPriority.NORMAL));
    }
}
