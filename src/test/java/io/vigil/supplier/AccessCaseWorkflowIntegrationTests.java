package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.identity.Role;
import io.vigil.support.MutableClock;
import io.vigil.support.MutableClockConfiguration;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
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
import org.springframework.test.web.servlet.ResultActions;

/** Shortlist objection window, committee votes and outcome, stage tasks and the funnel. */
@VigilIntegrationTest
@Import(MutableClockConfiguration.class)
class AccessCaseWorkflowIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    SupplierFixtures f;
    UUID officer2;
    UUID officer3;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 3, 2)); // a Monday
        f = new SupplierFixtures(users, mvc);
        officer2 = users.user("officer-2", Role.PROCUREMENT_OFFICER, f.unitA, true);
        officer3 = users.user("officer-3", Role.PROCUREMENT_OFFICER, f.unitA, true);
    }

    ResultActions call(UUID actor, String path, Object body, Object... vars) throws Exception {
        return mvc.perform(post(path, vars).with(users.as(actor)).contentType(MediaType.APPLICATION_JSON)
                .content(f.toJson(body)));
    }

    String open(UUID supplier) throws Exception {
        return JsonPath.read(call(f.officerA, "/api/v1/suppliers/{id}/access-cases", Map.of("kind", "STANDARD"),
                supplier).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    ResultActions stage(String c, Map<String, String> data) throws Exception {
        return call(f.officerA, "/api/v1/access-cases/{c}/stage", Map.of("data", data), c);
    }

    void declareNone(String c, UUID... actors) throws Exception {
        for (UUID actor : actors) {
            call(actor, "/api/v1/access-cases/{c}/declaration", Map.of("conflict", false), c)
                    .andExpect(status().isOk());
        }
    }

    ResultActions vote(UUID actor, String c, String vote, String reason) throws Exception {
        return call(actor, "/api/v1/access-cases/{c}/votes", Map.of("vote", vote, "reason", reason), c);
    }

    ResultActions decide(UUID actor, String c, String outcome, String reason) throws Exception {
        return call(actor, "/api/v1/access-cases/{c}/decision",
                reason == null ? Map.of("outcome", outcome) : Map.of("outcome", outcome, "reason", reason), c);
    }

    /** Qualification review, on-site inspection and internal assessment: the case waits for the shortlist. */
    void toShortlist(String c) throws Exception {
        stage(c, Map.of("verdict", "PASS")).andExpect(status().isOk());
        stage(c, Map.of("inspectionDate", "2026-03-02", "inspectors", "张三", "score", "88")).andExpect(status().isOk());
        stage(c, Map.of("testResult", "passed", "securityQuestionnaireScore", "91"))
                .andExpect(jsonPath("$.stage").value("SHORTLIST_ANNOUNCEMENT"));
    }

    String taskStatus(String c, String stage) {
        List<String> found = jdbc.queryForList("SELECT status FROM task WHERE related_module = 'supplier' "
                + "AND related_id = ?", String.class, c + "/" + stage);
        assertThat(found).as("task for " + stage).hasSize(1);
        return found.get(0);
    }

    @Test
    void theObjectionWindowCountsWorkingDaysAndUnresolvedObjectionsBlockTheStage() throws Exception {
        UUID supplier = f.create("win");
        String c = open(supplier);
        declareNone(c, f.officerA);
        toShortlist(c);

        stage(c, Map.of()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/announcement-required"));
        clock.setDate(LocalDate.of(2026, 3, 6)); // Friday
        call(f.officerA, "/api/v1/access-cases/{c}/announcement", Map.of("publishedOn", "2026-03-09"), c)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("publishedOn"));
        call(f.officerA, "/api/v1/access-cases/{c}/announcement", Map.of("publishedOn", "2026-03-06"), c)
                .andExpect(status().isOk()).andExpect(jsonPath("$.objectionWindowDays").value(3))
                // Mon 9, Tue 10, Wed 11: the weekend does not count
                .andExpect(jsonPath("$.objectionWindowEnds").value("2026-03-11"));

        clock.setDate(LocalDate.of(2026, 3, 9));
        String objection = JsonPath.read(call(f.officerA, "/api/v1/access-cases/{c}/objections",
                Map.of("objector", "某竞争供应商", "text", "资质证书已过期"), c).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        call(f.officerA, "/api/v1/access-cases/{c}/objections", Map.of("objector", "", "text", ""), c)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(2));

        clock.setDate(LocalDate.of(2026, 3, 11));
        stage(c, Map.of()).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/objection-window-open"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2026-03-11")));

        clock.setDate(LocalDate.of(2026, 3, 12));
        call(f.officerA, "/api/v1/access-cases/{c}/objections", Map.of("objector", "late", "text", "too late"), c)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/objection-window-closed"));
        stage(c, Map.of()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/objections-unresolved"));
        assertThat(taskStatus(c, "SHORTLIST_ANNOUNCEMENT")).isEqualTo("OPEN");

        call(officer2, "/api/v1/access-cases/{c}/objections/{o}/resolve", Map.of("resolution", "证书已续期，核实无误"),
                c, objection).andExpect(status().isOk()).andExpect(jsonPath("$.resolved").value(true))
                .andExpect(jsonPath("$.resolvedBy").value(officer2.toString()));
        call(officer2, "/api/v1/access-cases/{c}/objections/{o}/resolve", Map.of("resolution", "again"), c, objection)
                .andExpect(status().isConflict());
        stage(c, Map.of()).andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("FINAL_SELECTION"));
        assertThat(taskStatus(c, "SHORTLIST_ANNOUNCEMENT")).isEqualTo("DONE");
        assertThat(jdbc.queryForObject("SELECT data FROM supplier_access_stage WHERE case_id = ? AND stage = ?",
                String.class, UUID.fromString(c), "SHORTLIST_ANNOUNCEMENT")).contains("objections=1")
                .contains("objectionWindowEnds=2026-03-11");
    }

    @Test
    void aStandardCaseRunsThroughFiveStagesWithTasksVotesAndAnApprovedOutcome() throws Exception {
        UUID supplier = f.create("five");
        String c = open(supplier);
        assertThat(taskStatus(c, "QUALIFICATION_REVIEW")).isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("SELECT owner_user_id FROM task WHERE related_id = ?", UUID.class,
                c + "/QUALIFICATION_REVIEW")).isEqualTo(f.officerA);
        assertThat(jdbc.queryForObject("SELECT due_date FROM task WHERE related_id = ?", LocalDate.class,
                c + "/QUALIFICATION_REVIEW")).isEqualTo(LocalDate.of(2026, 3, 12));
        declareNone(c, f.officerA);
        stage(c, Map.of("verdict", "MAYBE")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("data.verdict"));
        toShortlist(c);
        for (String done : List.of("QUALIFICATION_REVIEW", "ONSITE_INSPECTION", "INTERNAL_ASSESSMENT")) {
            assertThat(taskStatus(c, done)).isEqualTo("DONE");
        }
        call(f.officerA, "/api/v1/access-cases/{c}/announcement", Map.of("publishedOn", "2026-03-02",
                "objectionWindowDays", 2), c).andExpect(jsonPath("$.objectionWindowEnds").value("2026-03-04"));
        clock.setDate(LocalDate.of(2026, 3, 5));
        stage(c, Map.of()).andExpect(jsonPath("$.stage").value("FINAL_SELECTION"));
        assertThat(jdbc.queryForObject("SELECT owner_role FROM task WHERE related_id = ?", String.class,
                c + "/FINAL_SELECTION")).isEqualTo("PROCUREMENT_MANAGER");

        // the owner cannot vote; members declare first; a declared conflict blocks a member
        vote(f.officerA, c, "APPROVE", "mine").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/segregation-of-duties"));
        vote(officer2, c, "APPROVE", "good").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/declaration-required"));
        call(officer3, "/api/v1/access-cases/{c}/declaration", Map.of("conflict", true, "note", "表亲在该公司"), c)
                .andExpect(status().isOk());
        vote(officer3, c, "APPROVE", "good").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/conflict-of-interest"));
        declareNone(c, officer2, f.managerA);
        vote(officer2, c, "MAYBE", "").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2));
        vote(officer2, c, "APPROVE", "价格与资质均满足要求").andExpect(status().isOk());
        vote(officer2, c, "REJECT", "changed my mind").andExpect(status().isConflict());
        vote(f.managerA, c, "ABSTAIN", "首次合作，无意见").andExpect(status().isOk())
                .andExpect(jsonPath("$.votes.length()").value(2));
        decide(f.officerA, c, "APPROVE", "mine").andExpect(status().isForbidden());
        decide(f.managerA, c, "REJECT", "no").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/committee-majority"));
        decide(f.managerA, c, "APPROVE", "委员会多数同意").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPROVED"))
                .andExpect(jsonPath("$.decisionReason").value("委员会多数同意"))
                .andExpect(jsonPath("$.decidedBy").value(f.managerA.toString()));
        assertThat(jdbc.queryForObject("SELECT status FROM supplier WHERE id = ?", String.class, supplier))
                .isEqualTo("QUALIFIED");
        assertThat(taskStatus(c, "FINAL_SELECTION")).isEqualTo("DONE");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE entity_id = ? AND action = 'VOTED'",
                Integer.class, c)).isEqualTo(2);

        mvc.perform(get("/api/v1/access-cases/{c}", c).with(users.as(f.officerB))).andExpect(status().isNotFound());
    }

    @Test
    void aRejectedOutcomeRejectsTheCaseAndTheFunnelCountsIt() throws Exception {
        UUID supplier = f.create("rej");
        String c = open(supplier);
        declareNone(c, f.officerA, officer2, f.managerA);
        toShortlist(c);
        call(f.officerA, "/api/v1/access-cases/{c}/announcement", Map.of("publishedOn", "2026-03-02"), c);
        clock.setDate(LocalDate.of(2026, 3, 9));
        stage(c, Map.of()).andExpect(jsonPath("$.stage").value("FINAL_SELECTION"));
        vote(officer2, c, "REJECT", "报价偏高且交付能力不足").andExpect(status().isOk());
        decide(f.managerA, c, "APPROVE", null).andExpect(status().isConflict());
        decide(f.managerA, c, "REJECT", " ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        decide(officer2, c, "REJECT", "no").andExpect(status().isForbidden());
        decide(f.managerA, c, "REJECT", "委员会否决").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REJECTED"));
        assertThat(jdbc.queryForObject("SELECT status FROM supplier WHERE id = ?", String.class, supplier))
                .isEqualTo("PROSPECT");
        assertThat(taskStatus(c, "FINAL_SELECTION")).isEqualTo("CANCELLED");

        // a second case in the same unit waits in qualification review, an express one in internal assessment
        String waiting = open(f.create("wait"));
        String express = JsonPath.read(call(f.officerA, "/api/v1/suppliers/{id}/access-cases",
                Map.of("kind", "EXPRESS", "expressReason", "SOLE_SOURCE"), f.create("exp"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        call(f.officerA, "/api/v1/access-cases/{c}/stage", Map.of("data", Map.of("verdict", "PASS")), express)
                .andExpect(jsonPath("$.stage").value("INTERNAL_ASSESSMENT"));

        // the rejected case: opened Mar 2 09:00, every stage up to the shortlist done on Mar 2, shortlist
        // completed Mar 9, decided Mar 9: seven days in the shortlist announcement
        mvc.perform(get("/api/v1/access-cases/funnel").with(users.as(f.officerA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.standard").value(2))
                .andExpect(jsonPath("$.express").value(1))
                .andExpect(jsonPath("$.expressShare").value(33.3))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.approved").value(0))
                .andExpect(jsonPath("$.open").value(2))
                .andExpect(jsonPath("$.stages[0].stage").value("QUALIFICATION_REVIEW"))
                .andExpect(jsonPath("$.stages[0].reached").value(3))
                .andExpect(jsonPath("$.stages[0].waiting").value(1))
                .andExpect(jsonPath("$.stages[0].completed").value(2))
                .andExpect(jsonPath("$.stages[2].reached").value(2))
                .andExpect(jsonPath("$.stages[2].waiting").value(1))
                .andExpect(jsonPath("$.stages[3].stage").value("SHORTLIST_ANNOUNCEMENT"))
                .andExpect(jsonPath("$.stages[3].medianDays").value(7.0))
                .andExpect(jsonPath("$.stages[3].meanDays").value(7.0))
                .andExpect(jsonPath("$.stages[4].completed").value(1))
                .andExpect(jsonPath("$.stages[4].medianDays").value(0.0));
        mvc.perform(get("/api/v1/access-cases").param("stage", "QUALIFICATION_REVIEW").with(users.as(f.officerA)))
                .andExpect(jsonPath("$.totalElements").value(1)).andExpect(jsonPath("$.items[0].id").value(waiting));
        mvc.perform(get("/api/v1/access-cases").param("kind", "EXPRESS").with(users.as(f.officerB)))
                .andExpect(jsonPath("$.totalElements").value(0));
    }
}
