package io.vigil.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.identity.OrgUnits;
import io.vigil.identity.Role;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A user of unit A cannot reach unit B's employees by list, id, search or export, nor write them. */
@VigilIntegrationTest
class EmployeeDataSegregationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    OrgUnits orgUnits;

    PeopleFixtures f;
    UUID inA;
    UUID inB;

    @BeforeEach
    void setUp() throws Exception {
        f = new PeopleFixtures(users, mvc, orgUnits);
        inA = f.create(f.writerA, "a", f.unitA);
        inB = f.create(f.writerB, "b", f.unitB);
    }

    @Test
    void listShowsOnlyTheCallersUnits() throws Exception {
        String body = mvc.perform(get("/api/v1/employees").param("size", "200").with(users.as(f.readerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains(inA.toString()).doesNotContain(inB.toString());

        mvc.perform(get("/api/v1/employees").param("orgUnit", f.unitB.toString()).with(users.as(f.readerA)))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void anotherUnitsEmployeeIsNotFoundById() throws Exception {
        mvc.perform(get("/api/v1/employees/{id}", inB).with(users.as(f.readerA)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/employees/{id}", UUID.randomUUID()).with(users.as(f.readerA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/employees/{id}", inA).with(users.as(f.readerA)))
                .andExpect(status().isOk());
    }

    @Test
    void searchDoesNotFindAnotherUnitsEmployee() throws Exception {
        mvc.perform(get("/api/v1/employees").param("q", f.number("b")).with(users.as(f.readerA)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/employees").param("q", f.number("b")).with(users.as(f.writerB)))
                .andExpect(jsonPath("$.totalElements").value(1));
    }

    @Test
    void exportContainsOnlyTheCallersUnits() throws Exception {
        byte[] csv = mvc.perform(get("/api/v1/employees/export").param("format", "csv").param("q", f.tag)
                        .with(users.as(f.readerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains(f.number("a")).doesNotContain(f.number("b"));
    }

    @Test
    void theScreensKeepTheSameBoundary() throws Exception {
        mvc.perform(get("/people/{id}", inB).with(users.as(f.readerA))).andExpect(status().isNotFound());
        String list = mvc.perform(get("/people").param("q", f.tag).with(users.as(f.readerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(f.number("a")).doesNotContain(f.number("b"));
        String export = mvc.perform(get("/people/export").param("format", "csv").with(users.as(f.readerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(export).contains(f.number("a")).doesNotContain(f.number("b"));
    }

    @Test
    void aWriterCannotChangeAnotherUnitsEmployeeNorMoveOneThere() throws Exception {
        mvc.perform(patch("/api/v1/employees/{id}", inB).with(users.as(f.writerA)).header("If-Match", "0")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"position\":\"Hacked\"}"))
                .andExpect(status().isNotFound());

        mvc.perform(patch("/api/v1/employees/{id}", inA).with(users.as(f.writerA)).header("If-Match", "0")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"orgUnitId\":\"" + f.unitB + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("orgUnitId"));

        mvc.perform(post("/api/v1/employees").with(users.as(f.writerA)).contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(f.body("intoB", f.unitB))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("orgUnitId"));

        mvc.perform(get("/api/v1/employees/{id}", inB).with(users.as(f.writerB)))
                .andExpect(jsonPath("$.position").value("Engineer"))
                .andExpect(jsonPath("$.orgUnitId").value(f.unitB.toString()));
    }

    @Test
    void aReaderWhoMayNotWriteTheOldUnitIsForbiddenToMoveSomeoneOut() throws Exception {
        // may write in B but only read in A: moving an A employee to B needs write on A too
        UUID writerOfBReaderOfA = users.user("mixed", Role.ADMIN, f.unitB, true);
        users.grant(writerOfBReaderOfA, Role.SECURITY_OFFICER, f.unitA, true);
        mvc.perform(patch("/api/v1/employees/{id}", inA).with(users.as(writerOfBReaderOfA)).header("If-Match", "0")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"orgUnitId\":\"" + f.unitB + "\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aManagerInAnotherUnitCannotBeAssignedAndIsNotRevealed() throws Exception {
        Map<String, Object> body = f.body("m", f.unitA);
        body.put("managerId", inB.toString());
        mvc.perform(post("/api/v1/employees").with(users.as(f.writerA)).contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("managerId"));
    }
}
