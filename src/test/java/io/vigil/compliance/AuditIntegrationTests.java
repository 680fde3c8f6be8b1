package io.vigil.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.identity.Role;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@VigilIntegrationTest
class AuditIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aMajorNonconformityClosesOnlyAfterItsCorrectiveActionWhoseTaskIsThenDone() throws Exception {
        UUID manager = users.user("aud-m", Role.COMPLIANCE_MANAGER, users.rootUnit(), true);
        String audit = JsonPath.read(mvc.perform(post("/api/v1/audits").with(users.as(manager))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("title",
                        "Surveillance 2027", "type", "SURVEILLANCE", "orgUnitId", users.rootUnit(), "scope", "DC-BJ",
                        "plannedStart", "2027-03-01", "plannedEnd", "2027-03-03"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String finding = JsonPath.read(mvc.perform(post("/api/v1/audits/{id}/findings", audit).with(users.as(manager))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"severity\":\"MAJOR\",\"title\":\"Restore tests not performed\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("OPEN"))
                .andReturn().getResponse().getContentAsString(), "$.id");

        mvc.perform(post("/api/v1/audit-findings/{id}/close", finding).with(users.as(manager))
                .contentType(MediaType.APPLICATION_JSON).content("{\"verification\":\"checked\",\"version\":0}"))
                .andExpect(status().isConflict());

        mvc.perform(put("/api/v1/audit-findings/{id}/action", finding).with(users.as(manager))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("rootCause",
                        "No owner for restore tests", "action", "Quarterly restore test control", "dueOn",
                        LocalDate.now().plusDays(30).toString(), "version", 0))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTION_PLANNED"));
        assertThat(jdbc.queryForObject("SELECT status FROM task WHERE related_id = ? AND kind = 'CORRECTIVE_ACTION'",
                String.class, finding)).isEqualTo("OPEN");

        mvc.perform(post("/api/v1/audit-findings/{id}/close", finding).with(users.as(manager))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"verification\":\"Two restore tests passed\",\"version\":1}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        assertThat(jdbc.queryForObject("SELECT status FROM task WHERE related_id = ? AND kind = 'CORRECTIVE_ACTION'",
                String.class, finding)).isEqualTo("DONE");
    }

    @Test
    void anActionOwnerCompletingTheTaskInTheTaskListMarksTheActionImplemented() throws Exception {
        UUID manager = users.user("aud-m2", Role.COMPLIANCE_MANAGER, users.rootUnit(), true);
        UUID owner = users.user("aud-owner", Role.EMPLOYEE, users.rootUnit(), true);
        String audit = JsonPath.read(mvc.perform(post("/api/v1/audits").with(users.as(manager))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("title",
                        "Internal IT audit 2027", "type", "INTERNAL_IT", "orgUnitId", users.rootUnit(), "scope",
                        "backup", "plannedStart", "2027-03-01", "plannedEnd", "2027-03-03"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String finding = JsonPath.read(mvc.perform(post("/api/v1/audits/{id}/findings", audit).with(users.as(manager))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"severity\":\"MINOR\",\"title\":\"Backup logs not reviewed\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String action = JsonPath.read(mvc.perform(post("/api/v1/audit-findings/{id}/actions", finding)
                        .with(users.as(manager)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("rootCause", "No reviewer named", "action",
                                "Weekly backup log review", "ownerId", owner.toString(), "dueOn",
                                LocalDate.now().plusDays(14).toString()))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String task = jdbc.queryForObject("SELECT CAST(id AS VARCHAR(36)) FROM task WHERE related_type = 'CorrectiveAction'"
                + " AND related_id = ?", String.class, action);

        // the owner holds no compliance permission: completing their own task is enough
        mvc.perform(post("/api/v1/tasks/{id}/complete", task).with(users.as(owner))).andExpect(status().isOk());

        assertThat(jdbc.queryForObject("SELECT status FROM cmp_corrective_action WHERE id = ?", String.class,
                UUID.fromString(action))).isEqualTo("IMPLEMENTED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'ACTION_IMPLEMENTED'"
                + " AND entity_id = ?", Long.class, finding)).isEqualTo(1L);
    }
}
