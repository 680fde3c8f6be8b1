package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.identity.Role;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@VigilIntegrationTest
class SupplierReviewIntegrationTests {

    static final List<String> CRITERIA = List.of("SERVICE_AWARENESS", "PRODUCT_QUALITY", "CONTRACT_PERFORMANCE",
            "ENVIRONMENT_LOW_CARBON", "INFOSEC_PRIVACY", "LABOUR_RIGHTS", "OCCUPATIONAL_HEALTH_SAFETY",
            "HONESTY_INTEGRITY");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    SupplierFixtures f;
    UUID officer2;

    @BeforeEach
    void setUp() {
        f = new SupplierFixtures(users, mvc);
        officer2 = users.user("officer-2", Role.PROCUREMENT_OFFICER, f.unitA, true);
    }

    ResultActions call(UUID actor, String path, Object body, Object... vars) throws Exception {
        return mvc.perform(post(path, vars).with(users.as(actor)).contentType(MediaType.APPLICATION_JSON)
                .content(f.toJson(body)));
    }

    UUID supplierWithStatus(String suffix, String status, UUID owner) throws Exception {
        Map<String, Object> body = f.mainland(suffix, f.unitA);
        if (owner != null) {
            body.put("ownerId", owner.toString());
        }
        UUID id = f.create(f.officerA, body);
        call(f.officerA, "/api/v1/suppliers/{id}/status", Map.of("status", "QUALIFIED", "reason", "access approved"), id)
                .andExpect(status().isOk());
        if (!"QUALIFIED".equals(status)) {
            call(f.officerA, "/api/v1/suppliers/{id}/status", Map.of("status", status, "reason", "test setup"), id)
                    .andExpect(status().isOk());
        }
        return id;
    }

    String openReview(UUID supplier, String period) throws Exception {
        return JsonPath.read(call(f.officerA, "/api/v1/suppliers/{id}/reviews", Map.of("period", period), supplier)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    static Map<String, Integer> all(Integer value) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        CRITERIA.forEach(c -> scores.put(c, value));
        return scores;
    }

    ResultActions declare(UUID actor, String review, boolean conflict) throws Exception {
        return call(actor, "/api/v1/reviews/{r}/declaration", Map.of("conflict", conflict, "note", "declared"), review);
    }

    ResultActions score(UUID actor, String review, Map<String, Integer> scores) throws Exception {
        return call(actor, "/api/v1/reviews/{r}/scores", Map.of("scores", scores), review);
    }

    void scoredBy(String review, UUID actor, Map<String, Integer> scores) throws Exception {
        declare(actor, review, false).andExpect(status().isOk());
        score(actor, review, scores).andExpect(status().isOk());
    }

    ResultActions complete(UUID actor, String review) throws Exception {
        return mvc.perform(post("/api/v1/reviews/{r}/complete", review).with(users.as(actor)));
    }

    ResultActions confirm(UUID actor, String review, Map<String, ?> body) throws Exception {
        return call(actor, "/api/v1/reviews/{r}/confirm", body, review);
    }

    boolean postgres() {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")));
    }

    String statusOf(UUID supplier) {
        return jdbc.queryForObject("SELECT status FROM supplier WHERE id = ?", String.class, supplier);
    }

    @Test
    void theScoreIsTheWeightedMeanOverCriteriaWithDataAndEachContributionIsShown() throws Exception {
        UUID supplier = supplierWithStatus("wm", "QUALIFIED", null);
        String review = openReview(supplier, "2026-H1");
        Map<String, Integer> a = all(80);
        a.put("LABOUR_RIGHTS", null);
        Map<String, Integer> b = all(100);
        b.put("LABOUR_RIGHTS", null);
        b.put("PRODUCT_QUALITY", 60);
        scoredBy(review, f.officerA, a);
        scoredBy(review, f.managerA, b);
        // PRODUCT_QUALITY mean 70 (weight 20), the rest mean 90 (weight 72), LABOUR_RIGHTS (8) excluded:
        // (20*70 + 72*90) / 92 = 85.65 → 85.7, never counting the missing criterion as 100
        mvc.perform(get("/api/v1/reviews/{r}", review).with(users.as(f.readerA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.result.score").value(85.7))
                .andExpect(jsonPath("$.result.lines[?(@.code=='LABOUR_RIGHTS')].excluded").value(true))
                .andExpect(jsonPath("$.result.lines[?(@.code=='LABOUR_RIGHTS')].contribution").value(0.0))
                .andExpect(jsonPath("$.result.lines[?(@.code=='PRODUCT_QUALITY')].mean").value(70.0))
                .andExpect(jsonPath("$.result.lines[?(@.code=='PRODUCT_QUALITY')].contribution").value(15.22))
                .andExpect(jsonPath("$.evaluators.length()").value(2));
        complete(f.officerA, review).andExpect(status().isOk()).andExpect(jsonPath("$.grade").value("B"))
                .andExpect(jsonPath("$.score").value(85.7)).andExpect(jsonPath("$.proposal").doesNotExist());
        score(f.officerA, "00000000-0000-0000-0000-000000000000", all(1)).andExpect(status().isNotFound());
        call(f.officerA, "/api/v1/reviews/{r}/scores", Map.of("scores", Map.of("NOPE", 5)), openReview(supplier, "2026-H2"))
                .andExpect(status().isForbidden());
    }

    @Test
    void badScoresAreNamedByField() throws Exception {
        UUID supplier = supplierWithStatus("bad", "QUALIFIED", null);
        String review = openReview(supplier, "2026");
        declare(f.officerA, review, false).andExpect(status().isOk());
        score(f.officerA, review, Map.of("PRODUCT_QUALITY", 101)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("scores.PRODUCT_QUALITY"));
        call(f.officerA, "/api/v1/suppliers/{id}/reviews", Map.of("period", "2026"), supplier)
                .andExpect(status().isConflict());
        call(f.officerA, "/api/v1/suppliers/{id}/reviews", Map.of("period", "26"), supplier)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));
    }

    @Test
    void anEvaluatorMustDeclareAndADeclaredConflictBlocksThem() throws Exception {
        UUID supplier = supplierWithStatus("coi", "QUALIFIED", null);
        String review = openReview(supplier, "2026-H1");
        score(f.officerA, review, all(90)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/declaration-required"));
        declare(f.officerA, review, true).andExpect(status().isOk());
        score(f.officerA, review, all(90)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/conflict-of-interest"));
        declare(f.officerA, review, false).andExpect(status().isConflict());
        complete(f.officerA, review).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/review-needs-evaluators"));
        // someone from another unit does not even see the review
        declare(f.officerB, review, false).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reviews/{r}", review).with(users.as(f.officerB))).andExpect(status().isNotFound());
    }

    @Test
    void theSuppliersOwnerCannotBeTheOnlyEvaluator() throws Exception {
        UUID supplier = supplierWithStatus("own", "QUALIFIED", f.officerA);
        String review = openReview(supplier, "2026-H1");
        scoredBy(review, f.officerA, all(95));
        complete(f.officerA, review).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/owner-sole-evaluator"));
        scoredBy(review, officer2, all(85));
        complete(f.officerA, review).andExpect(status().isOk()).andExpect(jsonPath("$.grade").value("A"));
    }

    @Test
    void completingWritesAnImmutableSnapshotAndConfirmationAppliesTheProposal() throws Exception {
        UUID supplier = supplierWithStatus("pref", "QUALIFIED", null);
        String review = openReview(supplier, "2026-H1");
        scoredBy(review, f.officerA, all(95));
        scoredBy(review, f.managerA, all(91));
        complete(f.officerA, review).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("COMPLETED"))
                .andExpect(jsonPath("$.grade").value("A")).andExpect(jsonPath("$.proposal").value("PREFERRED"));
        String snapshot = mvc.perform(get("/api/v1/reviews/{r}/snapshot", review).with(users.as(f.readerA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.score").value(93.0))
                .andExpect(jsonPath("$.content.lines.length()").value(8))
                .andExpect(jsonPath("$.content.scoresByEvaluator.length()").value(2))
                .andReturn().getResponse().getContentAsString();

        // nothing changes a completed review: no second completion, no scores, no red lines, no update path
        complete(f.officerA, review).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/review-completed"));
        score(f.managerA, review, all(10)).andExpect(status().isConflict());
        call(f.officerA, "/api/v1/reviews/{r}/red-lines", Map.of("kind", "FRAUD", "description", "late"), review)
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/reviews/{r}/snapshot", review).with(users.as(f.managerA))
                .contentType(MediaType.APPLICATION_JSON).content("{\"score\":10}"))
                .andExpect(status().is4xxClientError());
        mvc.perform(delete("/api/v1/reviews/{r}", review).with(users.as(f.managerA)))
                .andExpect(status().is4xxClientError());
        assertThat(mvc.perform(get("/api/v1/reviews/{r}/snapshot", review).with(users.as(f.readerA)))
                .andReturn().getResponse().getContentAsString()).isEqualTo(snapshot);

        if (postgres()) {
            // on PostgreSQL the database itself refuses to change a snapshot, whatever the application does
            assertThatThrownBy(() -> jdbc.update("UPDATE supplier_review_snapshot SET grade = 'D' WHERE review_id = ?",
                    UUID.fromString(review))).isInstanceOf(DataAccessException.class);
        }
        confirm(f.officerA, review, Map.of()).andExpect(status().isForbidden());
        confirm(f.managerA, review, Map.of()).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CONFIRMED"))
                .andExpect(jsonPath("$.decision.outcome").value("APPLIED"));
        assertThat(statusOf(supplier)).isEqualTo("PREFERRED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Supplier'"
                + " AND entity_id = ? AND action = 'STATUS_CHANGED' AND summary LIKE '%PREFERRED'", Long.class,
                supplier.toString())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'SupplierReview'"
                + " AND entity_id = ?", Long.class, review)).isGreaterThanOrEqualTo(6);
        confirm(f.managerA, review, Map.of()).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/reviews/{r}/snapshot", review).with(users.as(f.readerA)))
                .andExpect(jsonPath("$.decision.decision").value("PREFERRED"));
    }

    @Test
    void aRedLineEventMakesTheReviewGradeDWhateverTheScoreAndAnIllegalProposalIs409() throws Exception {
        UUID supplier = supplierWithStatus("red", "PREFERRED", null);
        String review = openReview(supplier, "2026-H1");
        scoredBy(review, f.officerA, all(98));
        scoredBy(review, f.managerA, all(96));
        call(f.officerA, "/api/v1/reviews/{r}/red-lines", Map.of("kind", "SOMETHING", "description", ""), review)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(2));
        call(f.officerA, "/api/v1/reviews/{r}/red-lines",
                Map.of("kind", "BRIBERY", "description", "Sales manager offered gift cards to the buyer"), review)
                .andExpect(status().isOk());
        complete(f.officerA, review).andExpect(status().isOk()).andExpect(jsonPath("$.score").value(97.0))
                .andExpect(jsonPath("$.grade").value("D")).andExpect(jsonPath("$.proposal").value("UNQUALIFIED"))
                .andExpect(jsonPath("$.redLine").value(Matchers.containsString("BRIBERY")));

        // PREFERRED → UNQUALIFIED is not in the transition table
        confirm(f.managerA, review, Map.of()).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/illegal-status-transition"))
                .andExpect(jsonPath("$.allowed").value(Matchers.hasItem("SUSPENDED")));
        assertThat(statusOf(supplier)).isEqualTo("PREFERRED");
        confirm(f.managerA, review, Map.of("status", "SUSPENDED")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        confirm(f.managerA, review, Map.of("status", "SUSPENDED", "reason", "Suspend while the bribery case is open"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.decision.overridden").value(true));
        assertThat(statusOf(supplier)).isEqualTo("SUSPENDED");
    }

    @Test
    void gradeCMakesTheSupplierRectifyingWithAPlanThatPassesVerification() throws Exception {
        UUID supplier = supplierWithStatus("rect", "QUALIFIED", null);
        String review = openReview(supplier, "2026-H1");
        Map<String, Integer> weak = all(75);
        weak.put("INFOSEC_PRIVACY", 30);
        scoredBy(review, f.officerA, weak);
        complete(f.officerA, review).andExpect(jsonPath("$.grade").value("C"))
                .andExpect(jsonPath("$.proposal").value("RECTIFYING"));
        confirm(f.managerA, review, Map.of()).andExpect(status().isOk());
        assertThat(statusOf(supplier)).isEqualTo("RECTIFYING");

        String plans = mvc.perform(get("/api/v1/suppliers/{id}/rectification-plans", supplier).with(users.as(f.readerA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].state").value("OPEN"))
                .andExpect(jsonPath("$[0].issues[0]").value(Matchers.containsString("Information security")))
                .andReturn().getResponse().getContentAsString();
        String plan = JsonPath.read(plans, "$[0].id");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task WHERE related_id = ?", Long.class, plan)).isEqualTo(1);

        call(f.managerA, "/api/v1/rectification-plans/{p}/verify", Map.of("passed", true, "note", "ok"), plan)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/rectification-actions-open"));
        call(f.officerA, "/api/v1/rectification-plans/{p}/actions", Map.of("title", ""), plan)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(2));
        String action = JsonPath.read(call(f.officerA, "/api/v1/rectification-plans/{p}/actions",
                Map.of("title", "Encrypt backups", "ownerId", officer2.toString(), "deadline", "2099-01-31"), plan)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.actions[0].id");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task WHERE related_id = ? AND owner_user_id = ?",
                Long.class, action, officer2)).isEqualTo(1);

        UUID contact = users.user("contact", Role.SUPPLIER_CONTACT, f.unitA, false);
        call(f.officerA, "/api/v1/suppliers/{id}/portal-users", Map.of("userId", contact.toString()), supplier)
                .andExpect(status().is2xxSuccessful());
        mvc.perform(get("/api/v1/portal/rectification-plans").with(users.as(contact)))
                .andExpect(jsonPath("$[0].id").value(plan)).andExpect(jsonPath("$[0].actions[0].ownerName").doesNotExist());
        call(contact, "/api/v1/portal/rectification-plans/{p}/actions/{a}/response",
                Map.of("response", "Backups are encrypted with AES-256 since 1 May"), plan, action)
                .andExpect(status().isOk()).andExpect(jsonPath("$.actions[0].status").value("SUBMITTED"));
        call(f.officerA, "/api/v1/rectification-plans/{p}/actions/{a}/review", Map.of("accepted", true), plan, action)
                .andExpect(status().isOk()).andExpect(jsonPath("$.actions[0].status").value("DONE"));
        call(f.officerA, "/api/v1/rectification-plans/{p}/verify", Map.of("passed", true, "note", "ok"), plan)
                .andExpect(status().isForbidden());
        call(f.managerA, "/api/v1/rectification-plans/{p}/verify", Map.of("passed", true, "note", "Checked on site"),
                plan).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("PASSED"));
        assertThat(statusOf(supplier)).isEqualTo("QUALIFIED");
        call(f.managerA, "/api/v1/rectification-plans/{p}/verify", Map.of("passed", false, "note", "again"), plan)
                .andExpect(status().isConflict());
    }

    @Test
    void aFailedRectificationMakesTheSupplierUnqualified() throws Exception {
        UUID supplier = supplierWithStatus("fail", "RECTIFYING", null);
        String plans = mvc.perform(get("/api/v1/suppliers/{id}/rectification-plans", supplier).with(users.as(f.officerA)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].issues[0]").value("test setup")).andReturn().getResponse().getContentAsString();
        String plan = JsonPath.read(plans, "$[0].id");
        call(f.managerA, "/api/v1/rectification-plans/{p}/verify", Map.of("passed", false), plan)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        call(f.managerA, "/api/v1/rectification-plans/{p}/verify",
                Map.of("passed", false, "note", "No action taken by the deadline"), plan)
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("FAILED"));
        assertThat(statusOf(supplier)).isEqualTo("UNQUALIFIED");
    }

    @Test
    void aSupplierContactSeesOnlyTheirOwnCompanysPlans() throws Exception {
        UUID mine = supplierWithStatus("mine", "RECTIFYING", null);
        UUID other = supplierWithStatus("other", "RECTIFYING", null);
        String otherPlan = JsonPath.read(mvc.perform(get("/api/v1/suppliers/{id}/rectification-plans", other)
                .with(users.as(f.officerA))).andReturn().getResponse().getContentAsString(), "$[0].id");
        String action = JsonPath.read(call(f.officerA, "/api/v1/rectification-plans/{p}/actions",
                Map.of("title", "Fix it", "deadline", "2099-01-31"), otherPlan).andReturn().getResponse()
                .getContentAsString(), "$.actions[0].id");
        UUID contact = users.user("contact", Role.SUPPLIER_CONTACT, f.unitA, false);
        call(f.officerA, "/api/v1/suppliers/{id}/portal-users", Map.of("userId", contact.toString()), mine)
                .andExpect(status().is2xxSuccessful());

        mvc.perform(get("/api/v1/portal/rectification-plans").with(users.as(contact)))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].supplierId").value(mine.toString()));
        mvc.perform(get("/api/v1/portal/rectification-plans/{p}", otherPlan).with(users.as(contact)))
                .andExpect(status().isNotFound());
        call(contact, "/api/v1/portal/rectification-plans/{p}/actions/{a}/response", Map.of("response", "x"),
                otherPlan, action).andExpect(status().isNotFound());
        mvc.perform(get("/portal/rectification/{p}", otherPlan).with(users.as(contact))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/rectification-plans/{p}", otherPlan).with(users.as(contact)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theRankingListsLatestCompletedScoresPerCategory() throws Exception {
        UUID high = supplierWithStatus("rank-hi", "QUALIFIED", null);
        UUID low = supplierWithStatus("rank-lo", "QUALIFIED", null);
        for (Object[] s : new Object[][] {{high, 99}, {low, 98}}) {
            String review = openReview((UUID) s[0], "2026-H1");
            scoredBy(review, f.officerA, all((Integer) s[1]));
            complete(f.officerA, review).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/suppliers/ranking").param("category", "IT_EQUIPMENT").param("size", "200")
                        .with(users.as(f.readerA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.supplierId=='" + high + "')].score").value(99.0))
                .andExpect(jsonPath("$.items[?(@.supplierId=='" + low + "')].grade").value("A"));
        String body = mvc.perform(get("/api/v1/suppliers/ranking").param("category", "IT_EQUIPMENT")
                .param("size", "200").with(users.as(f.readerA))).andReturn().getResponse().getContentAsString();
        assertThat(body.indexOf(high.toString())).isLessThan(body.indexOf(low.toString()));
        mvc.perform(get("/api/v1/suppliers/ranking").param("category", "LOGISTICS").with(users.as(f.readerA)))
                .andExpect(jsonPath("$.items[?(@.supplierId=='" + high + "')]").isEmpty());
        mvc.perform(get("/api/v1/suppliers/ranking").with(users.as(f.officerB)))
                .andExpect(jsonPath("$.items[?(@.supplierId=='" + high + "')]").isEmpty());
    }
}
