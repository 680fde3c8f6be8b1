package io.vigil.audit;

import static io.vigil.audit.AuditTestSupport.probe;
import static io.vigil.audit.AuditTestSupport.publishInTransaction;
import static io.vigil.audit.AuditTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.identity.OrgUnitType;
import io.vigil.identity.Role;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@VigilIntegrationTest
class AuditApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    UUID siteA;
    UUID siteB;
    UUID auditorOfA;
    String record;

    @BeforeEach
    void threeEventsAboutOneRecord() {
        siteA = testUsers.unit(testUsers.rootUnit(), "Audit Site A", OrgUnitType.SITE);
        siteB = testUsers.unit(testUsers.rootUnit(), "Audit Site B", OrgUnitType.SITE);
        auditorOfA = testUsers.user("auditor", Role.AUDITOR, siteA, true);
        record = unique("asset");
        publishInTransaction(tx, events, probe("CREATED", "Asset", record, siteA));
        publishInTransaction(tx, events, probe("MOVED", "Asset", record, siteB));
        publishInTransaction(tx, events, probe("TAGGED", "Asset", record, null));
    }

    @Test
    void listShowsEventsOfVisibleUnitsAndOfNoUnitNewestFirst() throws Exception {
        mvc.perform(get("/api/v1/audit/events").param("entityType", "Asset").param("entityId", record)
                        .with(testUsers.as(auditorOfA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.items[0].action").value("TAGGED"))
                .andExpect(jsonPath("$.items[1].action").value("CREATED"))
                .andExpect(jsonPath("$.items[1].orgUnitId").value(siteA.toString()))
                .andExpect(jsonPath("$.items[0].hash").isString());
    }

    @Test
    void listFiltersByActionActorAndTime() throws Exception {
        mvc.perform(get("/api/v1/audit/events").param("entityId", record).param("action", "created")
                        .param("actor", "system").with(testUsers.as(auditorOfA)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].actor").value("system"));
        mvc.perform(get("/api/v1/audit/events").param("entityId", record).param("from", "2999-01-01T00:00:00Z")
                        .with(testUsers.as(auditorOfA)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/audit/events").param("entityId", record).param("to", "2999-01-01T00:00:00Z")
                        .param("size", "1").with(testUsers.as(auditorOfA)))
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.items.length()").value(1));
    }

    @Test
    void badFiltersAnswer400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/audit/events").param("from", "yesterday").with(testUsers.as(auditorOfA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/audit/events").param("sort", "summary").with(testUsers.as(auditorOfA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("summary")));
        mvc.perform(get("/api/v1/audit/events").param("from", "2026-02-01T00:00:00Z").param("to", "2026-01-01T00:00:00Z")
                        .with(testUsers.as(auditorOfA)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void withoutAuditReadTheTrailIsForbidden() throws Exception {
        UUID employee = testUsers.user("employee", Role.EMPLOYEE, siteA, true);
        mvc.perform(get("/api/v1/audit/events").with(testUsers.as(employee))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/verify").with(testUsers.as(employee))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/events/export").with(testUsers.as(employee))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/events")).andExpect(status().isUnauthorized());
    }

    @Test
    void verifyReportsAnIntactChain() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").with(testUsers.as(auditorOfA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.firstBrokenSeq").doesNotExist())
                .andExpect(jsonPath("$.headHash").value(
                        jdbc.queryForObject("SELECT last_hash FROM audit_head WHERE id = 1", String.class)));
    }

    @Test
    void csvExportHoldsTheVisibleFilteredEventsAndIsItselfAudited() throws Exception {
        String csv = mvc.perform(get("/api/v1/audit/events/export").param("format", "csv").param("entityId", record)
                        .with(testUsers.as(auditorOfA)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsString();

        String[] lines = csv.replace("\uFEFF", "").strip().split("\r\n");
        assertThat(lines[0]).startsWith("seq,occurred_at,actor,actor_kind,action,entity_type,entity_id");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).contains("TAGGED");
        assertThat(lines[2]).contains("CREATED").contains(siteA.toString());
        String auditor = testUsers.username(auditorOfA);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'EXPORTED' AND actor = ? "
                + "AND changes LIKE ?", Long.class, auditor, "%" + record + "%")).isEqualTo(1L);
    }

    @Test
    void unsupportedExportFormatAnswers400() throws Exception {
        mvc.perform(get("/api/v1/audit/events/export").param("format", "pdf").with(testUsers.as(auditorOfA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("pdf")));
    }
}
