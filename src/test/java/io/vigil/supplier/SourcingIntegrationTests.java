package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.identity.Role;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@VigilIntegrationTest
class SourcingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    SupplierFixtures f;

    @BeforeEach
    void setUp() {
        f = new SupplierFixtures(users, mvc);
    }

    ResultActions call(UUID actor, String path, Object body, Object... vars) throws Exception {
        return mvc.perform(post(path, vars).with(users.as(actor)).contentType(MediaType.APPLICATION_JSON)
                .content(f.toJson(body)));
    }

    void setStatus(UUID supplier, String to) throws Exception {
        call(f.officerA, "/api/v1/suppliers/{id}/status", Map.of("status", to, "reason", "test"), supplier)
                .andExpect(status().isOk());
    }

    void blacklist(UUID supplier) throws Exception {
        String response = call(f.managerA, "/api/v1/suppliers/{id}/status",
                Map.of("status", "BLACKLISTED", "reason", "bribery confirmed", "reasonCode", "BRIBERY"), supplier)
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        UUID otherManager = users.user("manager-2", Role.PROCUREMENT_MANAGER, f.unitA, true);
        mvc.perform(post("/api/v1/suppliers/{id}/status-requests/{r}/approve", supplier,
                        JsonPath.<String>read(response, "$.approvalRequest.id")).with(users.as(otherManager)))
                .andExpect(status().isOk());
    }

    String event(String kind) throws Exception {
        Map<String, Object> body = Map.of("title", "UPS replacement " + f.tag, "kind", kind,
                "category", "IT_EQUIPMENT", "budget", 250000, "orgUnitId", f.unitA.toString());
        return JsonPath.read(call(f.officerA, "/api/v1/sourcing-events", body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.currency").value("CNY"))
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    ResultActions invite(String event, UUID supplier) throws Exception {
        return call(f.officerA, "/api/v1/sourcing-events/{id}/invitations", Map.of("supplierId", supplier), event);
    }

    @Test
    void aBlacklistedSupplierIsRefusedFromAnInvitationWith409ProblemNamingTheStatus() throws Exception {
        UUID supplier = f.create("bl");
        blacklist(supplier);
        String event = event("RFQ");

        invite(event, supplier)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.supplierStatus").value("BLACKLISTED"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("BLACKLISTED")));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supplier_sourcing_invitation WHERE event_id = ?",
                Integer.class, UUID.fromString(event))).isZero();
    }

    @Test
    void suspendedUnqualifiedAndProspectSuppliersAreRefusedNamingTheirStatus() throws Exception {
        String event = event("TENDER");
        UUID prospect = f.create("p");
        invite(event, prospect).andExpect(status().isConflict()).andExpect(jsonPath("$.supplierStatus").value("PROSPECT"));
        UUID unqualified = f.create("u");
        setStatus(unqualified, "UNQUALIFIED");
        invite(event, unqualified).andExpect(status().isConflict())
                .andExpect(jsonPath("$.supplierStatus").value("UNQUALIFIED"));
        UUID suspended = f.create("s");
        setStatus(suspended, "QUALIFIED");
        setStatus(suspended, "SUSPENDED");
        invite(event, suspended).andExpect(status().isConflict())
                .andExpect(jsonPath("$.supplierStatus").value("SUSPENDED"));
    }

    @Test
    void aRectifyingSupplierIsInvitedWithAWarningAndAQualifiedOneWithout() throws Exception {
        String event = event("RFQ");
        UUID qualified = f.create("q");
        setStatus(qualified, "QUALIFIED");
        UUID rectifying = f.create("r");
        setStatus(rectifying, "QUALIFIED");
        setStatus(rectifying, "RECTIFYING");

        invite(event, qualified).andExpect(status().isOk()).andExpect(jsonPath("$.warning").doesNotExist());
        invite(event, rectifying).andExpect(status().isOk())
                .andExpect(jsonPath("$.warning").value(Matchers.containsString("rectification")))
                .andExpect(jsonPath("$.invitations.length()").value(2));
        invite(event, qualified).andExpect(status().isConflict());
    }

    @Test
    void aSupplierOutsideTheEventCategoryIsNotInTheQualifiedPool() throws Exception {
        Map<String, Object> body = f.mainland("cat", f.unitA);
        body.put("categories", java.util.List.of("SOFTWARE"));
        UUID software = f.create(f.officerA, body);
        setStatus(software, "QUALIFIED");
        invite(event("RFQ"), software).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("not-in-category")));
    }

    @Test
    void awardNeedsAJustificationAnInvitedSupplierAndOneNotBarredSinceAndIsAudited() throws Exception {
        String event = event("RFQ");
        UUID winner = f.create("w");
        setStatus(winner, "QUALIFIED");
        UUID later = f.create("l");
        setStatus(later, "QUALIFIED");
        UUID stranger = f.create("x");
        setStatus(stranger, "QUALIFIED");
        invite(event, winner).andExpect(status().isOk());
        invite(event, later).andExpect(status().isOk());
        UUID evaluator = users.user("eval", Role.PROCUREMENT_OFFICER, f.unitA, true);
        call(f.officerA, "/api/v1/sourcing-events/{id}/panel", Map.of("userId", evaluator), event)
                .andExpect(status().isOk());
        call(f.officerA, "/api/v1/sourcing-events/{id}/transitions", Map.of("to", "OPEN"), event)
                .andExpect(status().isOk());
        String winnerBid = JsonPath.read(call(f.officerA, "/api/v1/sourcing-events/{id}/bids",
                Map.of("supplierId", winner, "amount", 100000), event).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        String laterBid = JsonPath.read(call(f.officerA, "/api/v1/sourcing-events/{id}/bids",
                Map.of("supplierId", later, "amount", 90000), event).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        call(f.officerA, "/api/v1/sourcing-events/{id}/transitions", Map.of("to", "EVALUATION"), event)
                .andExpect(status().isOk());
        call(evaluator, "/api/v1/sourcing-events/{id}/declaration", Map.of("conflictSupplierIds", java.util.List.of()),
                event).andExpect(status().isOk());
        call(evaluator, "/api/v1/sourcing-events/{id}/bids/{bid}/scores", Map.of("score", 90), event, winnerBid)
                .andExpect(status().isOk());
        call(evaluator, "/api/v1/sourcing-events/{id}/bids/{bid}/scores", Map.of("score", 70), event, laterBid)
                .andExpect(status().isOk());
        setStatus(later, "SUSPENDED");

        Map<String, Object> noReason = new HashMap<>();
        noReason.put("supplierId", winner.toString());
        call(f.officerA, "/api/v1/sourcing-events/{id}/award", noReason, event).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("justification"));
        call(f.officerA, "/api/v1/sourcing-events/{id}/award",
                Map.of("supplierId", stranger, "justification", "cheapest"), event).andExpect(status().isConflict());
        call(f.officerA, "/api/v1/sourcing-events/{id}/award",
                Map.of("supplierId", later, "justification", "cheapest", "notTopRanked", true), event)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.supplierStatus").value("SUSPENDED"));
        call(f.officerA, "/api/v1/sourcing-events/{id}/award",
                Map.of("supplierId", winner, "justification", "best price and technical score", "version", 0),
                event).andExpect(status().isConflict());

        call(f.officerA, "/api/v1/sourcing-events/{id}/award",
                Map.of("supplierId", winner, "justification", "best price and technical score"), event)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("AWARDED"))
                .andExpect(jsonPath("$.awardedSupplierId").value(winner.toString()))
                .andExpect(jsonPath("$.awardedBidId").value(winnerBid))
                .andExpect(jsonPath("$.awardNotTopRanked").value(false));
        assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE entity_id = ? ORDER BY seq",
                String.class, event)).containsExactly("CREATED", "SUPPLIER_INVITED", "SUPPLIER_INVITED",
                "PANEL_MEMBER_ADDED", "STATE_CHANGED", "BID_SUBMITTED", "BID_SUBMITTED", "STATE_CHANGED",
                "NO_CONFLICT_DECLARED", "BID_SCORED", "BID_SCORED", "AWARDED");
    }

    @Test
    void anotherUnitsOfficerCannotSeeTheEvent() throws Exception {
        String event = event("SINGLE_SOURCE");
        mvc.perform(get("/api/v1/sourcing-events/{id}", event).with(users.as(f.officerB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/sourcing-events/{id}", event).with(users.as(f.officerA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("SINGLE_SOURCE"));
    }

    @Test
    void badInputNamesTheField() throws Exception {
        call(f.officerA, "/api/v1/sourcing-events", Map.of("title", "x", "kind", "AUCTION", "category", "NOPE",
                "budget", -1), new Object[0])
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("kind", "category", "budget")));
    }
}
