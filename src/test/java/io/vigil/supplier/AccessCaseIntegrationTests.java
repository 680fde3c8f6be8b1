package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.identity.Role;
import io.vigil.supplier.internal.AccessCatchUpJob;
import io.vigil.support.MutableClock;
import io.vigil.support.MutableClockConfiguration;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@VigilIntegrationTest
@Import(MutableClockConfiguration.class)
class AccessCaseIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    AccessCatchUpJob job;

    SupplierFixtures f;
    UUID officer2;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 3, 2));
        f = new SupplierFixtures(users, mvc);
        officer2 = users.user("officer-2", Role.PROCUREMENT_OFFICER, f.unitA, true);
    }

    ResultActions call(UUID actor, String path, Object body, Object... vars) throws Exception {
        return mvc.perform(post(path, vars).with(users.as(actor)).contentType(MediaType.APPLICATION_JSON)
                .content(f.toJson(body)));
    }

    String open(UUID supplier, String kind, String reason) throws Exception {
        Map<String, Object> body = reason == null ? Map.of("kind", kind) : Map.of("kind", kind, "expressReason", reason);
        return JsonPath.read(call(f.officerA, "/api/v1/suppliers/{id}/access-cases", body, supplier)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    ResultActions declare(UUID actor, String caseId, boolean conflict) throws Exception {
        return call(actor, "/api/v1/access-cases/{c}/declaration", Map.of("conflict", conflict, "note", "test"), caseId);
    }

    /** Everyone who scores or votes in these tests declares "no conflict" first. */
    void declareNone(String caseId, UUID... actors) throws Exception {
        for (UUID actor : actors) {
            declare(actor, caseId, false).andExpect(status().isOk());
        }
    }

    ResultActions stage(String caseId, Map<String, String> data) throws Exception {
        return call(f.officerA, "/api/v1/access-cases/{c}/stage", Map.of("data", data), caseId);
    }

    ResultActions approve(UUID actor, String caseId) throws Exception {
        return mvc.perform(post("/api/v1/access-cases/{c}/approve", caseId).with(users.as(actor)));
    }

    ResultActions vote(UUID actor, String caseId, String vote) throws Exception {
        return call(actor, "/api/v1/access-cases/{c}/votes", Map.of("vote", vote, "reason", "test reason"), caseId);
    }

    String statusOf(UUID supplier) {
        return jdbc.queryForObject("SELECT status FROM supplier WHERE id = ?", String.class, supplier);
    }

    @Test
    void aStandardCaseGoesThroughAllFiveStagesAndQualifiesTheSupplier() throws Exception {
        UUID supplier = f.create("std");
        String c = open(supplier, "STANDARD", null);
        declareNone(c, f.officerA, f.managerA);

        stage(c, Map.of()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("data.verdict"));
        stage(c, Map.of("verdict", "PASS")).andExpect(jsonPath("$.stage").value("ONSITE_INSPECTION"));
        stage(c, Map.of("inspectionDate", "2026-03-05", "inspectors", "张三;李四", "score", "88"))
                .andExpect(jsonPath("$.stage").value("INTERNAL_ASSESSMENT"));
        stage(c, Map.of("testResult", "passed", "securityQuestionnaireScore", "91"))
                .andExpect(jsonPath("$.stage").value("SHORTLIST_ANNOUNCEMENT"));
        approve(f.managerA, c).andExpect(status().isConflict());
        call(f.officerA, "/api/v1/access-cases/{c}/announcement", Map.of("publishedOn", "2026-03-02"), c)
                .andExpect(jsonPath("$.objectionWindowEnds").value("2026-03-05"));
        clock.setDate(LocalDate.of(2026, 3, 6));
        stage(c, Map.of()).andExpect(jsonPath("$.stage").value("FINAL_SELECTION"));
        vote(f.managerA, c, "APPROVE").andExpect(status().isOk());

        approve(f.officerA, c).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/segregation-of-duties"));
        assertThat(statusOf(supplier)).isEqualTo("PROSPECT");
        approve(f.managerA, c).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("APPROVED"))
                .andExpect(jsonPath("$.completedStages.length()").value(4));
        assertThat(statusOf(supplier)).isEqualTo("QUALIFIED");
    }

    @Test
    void expressAccessSuspendsTheSupplierWhenTheCatchUpDeadlinePasses() throws Exception {
        UUID supplier = f.create("exp");
        call(f.officerA, "/api/v1/suppliers/{id}/access-cases", Map.of("kind", "EXPRESS"), supplier)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("expressReason"));
        String c = open(supplier, "EXPRESS", "EMERGENCY_REPAIR");
        declareNone(c, f.officerA, officer2, f.managerA);
        stage(c, Map.of("verdict", "PASS")).andExpect(jsonPath("$.stage").value("INTERNAL_ASSESSMENT"));
        stage(c, Map.of("testResult", "passed", "securityQuestionnaireScore", "75"))
                .andExpect(jsonPath("$.stage").value("FINAL_SELECTION"));
        approve(officer2, c).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/committee-votes-missing"));
        vote(officer2, c, "APPROVE").andExpect(status().isOk());

        approve(officer2, c).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("OPEN"));
        assertThat(statusOf(supplier)).isEqualTo("PROSPECT");
        approve(f.managerA, c).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("APPROVED"))
                .andExpect(jsonPath("$.catchUpDeadline").value("2026-05-31"));
        assertThat(statusOf(supplier)).isEqualTo("QUALIFIED");

        assertThat(jdbc.queryForObject("SELECT status FROM task WHERE related_id = ?", String.class,
                c + "/CATCH_UP")).isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("SELECT due_date FROM task WHERE related_id = ?", LocalDate.class,
                c + "/CATCH_UP")).isEqualTo(LocalDate.of(2026, 5, 31));
        clock.setDate(LocalDate.of(2026, 5, 31));
        job.run();
        assertThat(statusOf(supplier)).isEqualTo("QUALIFIED");

        clock.setDate(LocalDate.of(2026, 6, 1));
        job.run();
        assertThat(statusOf(supplier)).isEqualTo("SUSPENDED");
        assertThat(jdbc.queryForObject("SELECT status FROM task WHERE related_id = ?", String.class,
                c + "/CATCH_UP")).isEqualTo("CANCELLED");
        assertThat(jdbc.queryForObject("SELECT status_reason FROM supplier WHERE id = ?", String.class, supplier))
                .contains("catch-up deadline 2026-05-31");
        assertThat(jdbc.queryForObject("SELECT actor FROM audit_event WHERE entity_id = ? AND action = "
                + "'STATUS_CHANGED' ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY", String.class, supplier.toString()))
                .isEqualTo("system");
    }

    @Test
    void anExpressCaseThatCaughtUpIsNotSuspended() throws Exception {
        UUID supplier = f.create("cu");
        String c = open(supplier, "EXPRESS", "SOLE_SOURCE");
        declareNone(c, f.officerA, officer2, f.managerA);
        stage(c, Map.of("verdict", "PASS"));
        stage(c, Map.of("testResult", "passed", "securityQuestionnaireScore", "80"));
        vote(officer2, c, "APPROVE");
        approve(officer2, c);
        approve(f.managerA, c).andExpect(jsonPath("$.state").value("APPROVED"));

        call(f.officerA, "/api/v1/access-cases/{c}/catch-up", Map.of("stage", "ONSITE_INSPECTION",
                "data", Map.of("inspectionDate", "2026-04-01", "inspectors", "王五", "score", "80")), c)
                .andExpect(jsonPath("$.catchUpCompleted").value(false));
        call(f.officerA, "/api/v1/access-cases/{c}/catch-up", Map.of("stage", "SHORTLIST_ANNOUNCEMENT",
                "data", Map.of("publishedOn", "2026-04-10", "objectionWindowDays", "3")), c)
                .andExpect(jsonPath("$.catchUpCompleted").value(true));
        assertThat(jdbc.queryForObject("SELECT status FROM task WHERE related_id = ?", String.class,
                c + "/CATCH_UP")).isEqualTo("DONE");

        clock.setDate(LocalDate.of(2026, 9, 1));
        job.run();
        assertThat(statusOf(supplier)).isEqualTo("QUALIFIED");
    }

    @Test
    void expressAccessNeedsAProcurementManagerAmongItsTwoApprovers() throws Exception {
        UUID supplier = f.create("two");
        UUID officer3 = users.user("officer-3", Role.PROCUREMENT_OFFICER, f.unitA, true);
        String c = open(supplier, "EXPRESS", "LOW_VALUE");
        declareNone(c, f.officerA, officer2, officer3);
        stage(c, Map.of("verdict", "PASS"));
        stage(c, Map.of("testResult", "passed", "securityQuestionnaireScore", "80"));
        vote(officer3, c, "APPROVE");

        approve(officer2, c).andExpect(status().isOk());
        approve(officer2, c).andExpect(status().isConflict());
        approve(officer3, c).andExpect(status().isForbidden());
        assertThat(statusOf(supplier)).isEqualTo("PROSPECT");
    }

    @Test
    void anEvaluatorMustDeclareBeforeScoringAndADeclaredConflictBlocksThem() throws Exception {
        UUID supplier = f.create("coi");
        String c = open(supplier, "STANDARD", null);
        stage(c, Map.of("verdict", "PASS")).andExpect(status().isOk());

        stage(c, Map.of("inspectionDate", "2026-03-05", "inspectors", "x", "score", "90"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/declaration-required"));
        declare(f.officerA, c, true).andExpect(status().isOk());
        declare(f.officerA, c, false).andExpect(status().isConflict());
        stage(c, Map.of("inspectionDate", "2026-03-05", "inspectors", "x", "score", "90"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/conflict-of-interest"));

        declare(officer2, c, false).andExpect(status().isOk());
        call(officer2, "/api/v1/access-cases/{c}/stage", Map.of("data", Map.of("inspectionDate", "2026-03-05",
                "inspectors", "y", "score", "90")), c).andExpect(jsonPath("$.stage").value("INTERNAL_ASSESSMENT"));
    }

    @Test
    void theQualificationReviewRecordsTheDocumentChecklistOfTheSuppliersCategories() throws Exception {
        UUID supplier = f.create("checklist");
        call(f.officerA, "/api/v1/suppliers/{id}/documents", Map.of("type", "BUSINESS_LICENCE", "number",
                "BL-" + f.tag, "issuer", "SAMR", "validFrom", "2024-01-01"), supplier).andExpect(status().isCreated());
        String c = open(supplier, "STANDARD", null);

        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/suppliers/access-cases/{id}", c).with(users.as(f.officerA)))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("document-checklist").contains("Business licence").contains("missing");

        stage(c, Map.of("verdict", "PASS")).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT data FROM supplier_access_stage WHERE case_id = ?"
                + " AND stage = 'QUALIFICATION_REVIEW'", String.class, UUID.fromString(c)))
                .contains("BUSINESS_LICENCE=VALID").contains("ISO9001=MISSING");
    }

    @Test
    void aFailedQualificationReviewRejectsTheCase() throws Exception {
        UUID supplier = f.create("fail");
        String c = open(supplier, "STANDARD", null);
        stage(c, Map.of("verdict", "FAIL")).andExpect(jsonPath("$.state").value("REJECTED"));
        stage(c, Map.of("verdict", "PASS")).andExpect(status().isConflict());
    }
}
