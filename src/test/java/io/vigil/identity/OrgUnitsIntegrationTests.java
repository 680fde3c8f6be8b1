package io.vigil.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.shared.audit.AuditableEvent;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@VigilIntegrationTest
@RecordApplicationEvents
class OrgUnitsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEvents events;

    @Test
    void anySignedInUserReadsTheTreeButOnlyOrgUnitAdminsChangeIt() throws Exception {
        UUID employee = testUsers.user("emp", Role.EMPLOYEE, testUsers.rootUnit(), false);
        mvc.perform(get("/api/v1/org-units").with(testUsers.as(employee)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(hasItem("GROUP")));
        mvc.perform(post("/api/v1/org-units").with(testUsers.as(employee)).contentType(MediaType.APPLICATION_JSON)
                        .content(unitJson(testUsers.rootUnit(), code(), "SITE")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/org-units")).andExpect(status().isUnauthorized());
    }

    @Test
    void createsAChildAndRenamesItWithVersionCheck() throws Exception {
        UUID admin = testUsers.user("admin", Role.ADMIN, testUsers.rootUnit(), true);
        String code = code();
        String body = mvc.perform(post("/api/v1/org-units").with(testUsers.as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content(unitJson(testUsers.rootUnit(), code, "SITE")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.depth").value(1))
                .andReturn().getResponse().getContentAsString();
        JsonNode unit = json.readTree(body);
        assertThat(events.stream(AuditableEvent.class)).anyMatch(e -> e.action().equals("CREATED")
                && e.entityType().equals("OrgUnit") && e.entityId().equals(unit.get("id").asString()));

        mvc.perform(patch("/api/v1/org-units/{id}", unit.get("id").asString()).with(testUsers.as(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"name\":\"Renamed site\",\"nameZh\":\"改名站点\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameZh").value("改名站点"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(patch("/api/v1/org-units/{id}", unit.get("id").asString()).with(testUsers.as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"name\":\"Stale\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void aDuplicateCodeOrASecondGroupIsRefused() throws Exception {
        UUID admin = testUsers.user("admin", Role.ADMIN, testUsers.rootUnit(), true);
        mvc.perform(post("/api/v1/org-units").with(testUsers.as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(unitJson(testUsers.rootUnit(), "GROUP", "SITE")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/org-units").with(testUsers.as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(unitJson(testUsers.rootUnit(), code(), "GROUP")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/org-units").with(testUsers.as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(unitJson(testUsers.rootUnit(), "bad code!", "SITE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    private static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String unitJson(UUID parent, String code, String type) {
        return "{\"parentId\":\"" + parent + "\",\"code\":\"" + code + "\",\"name\":\"Test site\",\"nameZh\":\"测试站点\","
                + "\"type\":\"" + type + "\"}";
    }
}
