package io.vigil.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.identity.OrgUnits;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@VigilIntegrationTest
@RecordApplicationEvents
class EmployeeApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    ApplicationEvents events;

    PeopleFixtures f;

    @BeforeEach
    void setUp() {
        f = new PeopleFixtures(users, mvc, orgUnits);
    }

    @Test
    void createdEmployeeIsReturnedWithLocationEtagAndAuditEvent() throws Exception {
        var result = mvc.perform(post("/api/v1/employees").with(users.as(f.writerA))
                        .contentType(MediaType.APPLICATION_JSON).content(f.toJson(f.body("1", f.unitA))))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.employeeNumber").value(f.number("1")))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.orgUnitCode").value(f.codeA))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn();
        String id = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.id");
        assertThat(result.getResponse().getHeader("Location")).endsWith("/api/v1/employees/" + id);

        mvc.perform(get("/api/v1/employees/{id}", id).with(users.as(f.readerA)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.name").value("测试" + f.tag + "1"));

        AuditableEvent created = events.stream(AuditableEvent.class)
                .filter(e -> e.action().equals("CREATED") && id.equals(e.entityId())).findFirst().orElseThrow();
        assertThat(created.entityType()).isEqualTo("Employee");
        assertThat(created.orgUnitId()).isEqualTo(f.unitA);
        assertThat(created.after()).containsEntry("employeeNumber", f.number("1"));
    }

    @Test
    void invalidValuesAreRejectedWithFieldErrorsAndNothingIsStored() throws Exception {
        Map<String, Object> body = f.body("bad", f.unitA);
        body.put("email", "not-an-address");
        body.put("hireDate", "2024-05-01");
        body.put("leaveDate", "2024-04-01");
        body.put("status", "LEFT");
        body.remove("name");
        body.put("nickname", "x");

        mvc.perform(post("/api/v1/employees").with(users.as(f.writerA))
                        .contentType(MediaType.APPLICATION_JSON).content(f.toJson(body)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("nickname")));

        body.remove("nickname");
        mvc.perform(post("/api/v1/employees").with(users.as(f.writerA))
                        .contentType(MediaType.APPLICATION_JSON).content(f.toJson(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "email", "leaveDate")))
                .andExpect(jsonPath("$.errors[?(@.field=='email')].message").value(hasItem("Not a valid e-mail address.")));

        body.put("hireDate", "2024-13-45");
        mvc.perform(post("/api/v1/employees").with(users.as(f.writerA))
                        .contentType(MediaType.APPLICATION_JSON).content(f.toJson(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hireDate"));

        mvc.perform(get("/api/v1/employees").param("q", f.number("bad")).with(users.as(f.writerA)))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void duplicateNumberUnknownUnitAndUnknownManagerAreFieldErrors() throws Exception {
        f.create(f.writerA, "dup", f.unitA);
        Map<String, Object> body = f.body("dup", f.unitA);
        body.put("managerId", UUID.randomUUID().toString());
        mvc.perform(post("/api/v1/employees").with(users.as(f.writerA))
                        .contentType(MediaType.APPLICATION_JSON).content(f.toJson(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("employeeNumber", "managerId")));

        Map<String, Object> unknownUnit = f.body("nounit", UUID.randomUUID());
        mvc.perform(post("/api/v1/employees").with(users.as(f.writerA))
                        .contentType(MediaType.APPLICATION_JSON).content(f.toJson(unknownUnit)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("orgUnitId"));
    }

    @Test
    void patchChangesOnlyTheGivenFieldsAndAuditsBeforeAndAfter() throws Exception {
        UUID id = f.create(f.writerA, "p", f.unitA);

        mvc.perform(patch("/api/v1/employees/{id}", id).with(users.as(f.writerA)).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"position\":\"Security Architect\",\"phone\":\"+86 138 0000 0000\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.position").value("Security Architect"))
                .andExpect(jsonPath("$.email").value("t" + f.tag + "p@vigil.example"))
                .andExpect(jsonPath("$.version").value(1));

        AuditableEvent updated = events.stream(AuditableEvent.class)
                .filter(e -> e.action().equals("UPDATED") && id.toString().equals(e.entityId())).findFirst().orElseThrow();
        assertThat(updated.before()).containsEntry("position", "Engineer").doesNotContainKey("email");
        assertThat(updated.after()).containsEntry("position", "Security Architect")
                .containsEntry("phone", "+86 138 0000 0000");
    }

    @Test
    void staleVersionIsAConflictAndMissingVersionIsRequired() throws Exception {
        UUID id = f.create(f.writerA, "s", f.unitA);
        mvc.perform(patch("/api/v1/employees/{id}", id).with(users.as(f.writerA))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"position\":\"A\",\"version\":0}"))
                .andExpect(status().isOk());

        mvc.perform(patch("/api/v1/employees/{id}", id).with(users.as(f.writerA)).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"position\":\"B\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/stale-version"));

        mvc.perform(patch("/api/v1/employees/{id}", id).with(users.as(f.writerA))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"position\":\"C\"}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(get("/api/v1/employees/{id}", id).with(users.as(f.writerA)))
                .andExpect(jsonPath("$.position").value("A"));
    }

    @Test
    void leftNeedsALeaveDateNotBeforeTheHireDate() throws Exception {
        UUID id = f.create(f.writerA, "l", f.unitA);
        mvc.perform(patch("/api/v1/employees/{id}", id).with(users.as(f.writerA)).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"LEFT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("leaveDate"));
        mvc.perform(patch("/api/v1/employees/{id}", id).with(users.as(f.writerA)).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"LEFT\",\"leaveDate\":\"2025-06-30\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LEFT"));
    }

    @Test
    void managerCannotBeOneselfOrSomeoneReportingToOneself() throws Exception {
        UUID boss = f.create(f.writerA, "boss", f.unitA);
        Map<String, Object> body = f.body("rep", f.unitA);
        body.put("managerId", boss.toString());
        UUID report = f.create(f.writerA, body);

        mvc.perform(patch("/api/v1/employees/{id}", boss).with(users.as(f.writerA)).header("If-Match", "0")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"managerId\":\"" + report + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("managerId"));
        mvc.perform(patch("/api/v1/employees/{id}", boss).with(users.as(f.writerA)).header("If-Match", "0")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"managerId\":\"" + boss + "\"}"))
                .andExpect(status().isBadRequest());

        mvc.perform(get("/api/v1/employees").param("manager", boss.toString()).with(users.as(f.readerA)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].managerName").value("测试" + f.tag + "boss"));
    }

    @Test
    void listFiltersSortsAndPages() throws Exception {
        for (String s : List.of("c", "a", "b")) {
            f.create(f.writerA, s, f.unitA);
        }
        mvc.perform(get("/api/v1/employees").param("q", "TESTER " + f.tag).param("sort", "employeeNumber,desc")
                        .param("size", "2").with(users.as(f.readerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.items[0].employeeNumber").value(f.number("c")))
                .andExpect(jsonPath("$.items[1].employeeNumber").value(f.number("b")));

        mvc.perform(get("/api/v1/employees").param("orgUnit", f.unitA.toString()).param("status", "LEFT")
                        .with(users.as(f.readerA)))
                .andExpect(jsonPath("$.totalElements").value(0));

        mvc.perform(get("/api/v1/employees").param("sort", "password").with(users.as(f.readerA)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/employees").param("size", "5000").with(users.as(f.readerA)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void readersCannotWrite() throws Exception {
        mvc.perform(post("/api/v1/employees").with(users.as(f.readerA))
                        .contentType(MediaType.APPLICATION_JSON).content(f.toJson(f.body("r", f.unitA))))
                .andExpect(status().isForbidden());
    }
}
