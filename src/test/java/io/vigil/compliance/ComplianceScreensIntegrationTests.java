package io.vigil.compliance;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import com.jayway.jsonpath.JsonPath;
import io.vigil.identity.Role;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@VigilIntegrationTest
class ComplianceScreensIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void complianceScreensRenderForReadersAndAreForbiddenToOthers() throws Exception {
        UUID manager = users.user("cmp-s", Role.COMPLIANCE_MANAGER, users.rootUnit(), true);
        UUID employee = users.user("cmp-e", Role.EMPLOYEE, users.rootUnit(), true);
        UUID iso = jdbc.queryForObject("SELECT id FROM cmp_framework WHERE code = 'ISO27001'", UUID.class);
        String id = JsonPath.read(mvc.perform(post("/api/v1/assessments").with(users.as(manager))
                .contentType(MediaType.APPLICATION_JSON).content("{\"frameworkId\":\"" + iso
                        + "\",\"name\":\"Screen test\",\"scope\":\"DC-X\",\"orgUnitId\":\"" + users.rootUnit() + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

        mvc.perform(get("/compliance").with(users.as(manager)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("ISO27001")));
        mvc.perform(get("/compliance/assessments").with(users.as(manager))).andExpect(status().isOk());
        mvc.perform(get("/compliance/assessments/{id}", id).with(users.as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A.8.34")))
                .andExpect(content().string(containsString("soa.xlsx")));
        mvc.perform(get("/compliance/certificates").with(users.as(manager))).andExpect(status().isOk());
        mvc.perform(get("/compliance").with(users.as(employee))).andExpect(status().isForbidden());
        mvc.perform(get("/compliance/assessments/{id}", UUID.randomUUID()).with(users.as(manager)))
                .andExpect(status().isNotFound());
    }
}
