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
import java.util.List;
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

/** The sourcing lifecycle, the panel's declarations and scoring rules, the ranking and the award rules. */
@VigilIntegrationTest
class SourcingEvaluationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    SupplierFixtures f;
    UUID alice;
    UUID bob;

    @BeforeEach
    void setUp() {
        f = new SupplierFixtures(users, mvc);
        alice = users.user("alice", Role.PROCUREMENT_OFFICER, f.unitA, true);
        bob = users.user("bob", Role.SECURITY_OFFICER, f.unitA, true);
    }

    ResultActions call(UUID actor, String path, Object body, Object... vars) throws Exception {
        return mvc.perform(post(path, vars).with(users.as(actor)).contentType(MediaType.APPLICATION_JSON)
                .content(f.toJson(body)));
    }

    UUID qualified(String suffix, UUID owner) throws Exception {
        Map<String, Object> body = f.mainland(suffix, f.unitA);
        if (owner != null) {
            body.put("ownerId", owner.toString());
        }
        UUID id = f.create(f.officerA, body);
        call(f.officerA, "/api/v1/suppliers/{id}/status", Map.of("status", "QUALIFIED", "reason", "test"), id)
                .andExpect(status().isOk());
        return id;
    }

    String event(Integer priceWeight) throws Exception {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", "Core switches " + f.tag, "kind", "TENDER",
                "category", "IT_EQUIPMENT", "budget", 500000, "orgUnitId", f.unitA.toString()));
        if (priceWeight != null) {
            body.put("priceWeight", priceWeight);
        }
        return JsonPath.read(call(f.officerA, "/api/v1/sourcing-events", body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    ResultActions move(String event, String to, String reason) throws Exception {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("to", to);
        if (reason != null) {
            body.put("reason", reason);
        }
        return call(f.officerA, "/api/v1/sourcing-events/{id}/transitions", body, event);
    }

    String bid(String event, UUID supplier, long amount) throws Exception {
        return JsonPath.read(call(f.officerA, "/api/v1/sourcing-events/{id}/bids",
                        Map.of("supplierId", supplier, "amount", amount, "notes", "incl. 3 years support"), event)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    ResultActions score(UUID member, String event, String bid, int score) throws Exception {
        return call(member, "/api/v1/sourcing-events/{id}/bids/{bid}/scores", Map.of("score", score), event, bid);
    }

    ResultActions declare(UUID member, String event, List<UUID> conflicts) throws Exception {
        return call(member, "/api/v1/sourcing-events/{id}/declaration", Map.of("conflictSupplierIds", conflicts), event);
    }

    void addMember(String event, UUID user) throws Exception {
        call(f.officerA, "/api/v1/sourcing-events/{id}/panel", Map.of("userId", user), event).andExpect(status().isOk());
    }

    @Test
    void theLifecycleRefusesIllegalMovesWith409NamingTheAllowedOnesAndKeepsWhoWhenWhy() throws Exception {
        String event = event(null);
        UUID s1 = qualified("a", null);

        move(event, "EVALUATION", null).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.from").value("DRAFT"))
                .andExpect(jsonPath("$.allowed").value(Matchers.contains("OPEN", "CANCELLED")))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("OPEN, CANCELLED")));
        move(event, "OPEN", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("no-invitations")));
        call(f.officerA, "/api/v1/sourcing-events/{id}/bids", Map.of("supplierId", s1, "amount", 10), event)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.activity").value("bid"))
                .andExpect(jsonPath("$.allowed").value(Matchers.contains("OPEN")));

        call(f.officerA, "/api/v1/sourcing-events/{id}/invitations", Map.of("supplierId", s1), event)
                .andExpect(status().isOk());
        move(event, "OPEN", null).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("OPEN"));
        move(event, "EVALUATION", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("no-bids")));
        move(event, "AWARDED", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.allowed").value(Matchers.contains("EVALUATION", "CANCELLED")));
        move(event, "CANCELLED", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        move(event, "CANCELLED", "budget withdrawn").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CANCELLED"))
                .andExpect(jsonPath("$.allowedTransitions.length()").value(0))
                .andExpect(jsonPath("$.transitions[*].to").value(Matchers.contains("DRAFT", "OPEN", "CANCELLED")))
                .andExpect(jsonPath("$.transitions[2].reason").value("budget withdrawn"))
                .andExpect(jsonPath("$.transitions[2].actorId").value(f.officerA.toString()));
        move(event, "OPEN", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.allowed").isEmpty());
        assertThat(jdbc.queryForObject("SELECT state FROM supplier_sourcing_event WHERE id = ?", String.class,
                UUID.fromString(event))).isEqualTo("CANCELLED");
    }

    @Test
    void bidsAreHiddenFromAnUndeclaredPanelMemberAndAnUninvitedSupplierCannotBid() throws Exception {
        String event = event(null);
        UUID s1 = qualified("a", null);
        UUID uninvited = qualified("u", null);
        call(f.officerA, "/api/v1/sourcing-events/{id}/invitations", Map.of("supplierId", s1), event);
        addMember(event, bob);
        move(event, "OPEN", null).andExpect(status().isOk());
        call(f.officerA, "/api/v1/sourcing-events/{id}/bids", Map.of("supplierId", uninvited, "amount", 1000), event)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value(Matchers.endsWith("not-invited")));
        call(f.officerA, "/api/v1/sourcing-events/{id}/bids", Map.of("supplierId", s1, "amount", 1000, "currency", "USD"),
                event).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("currency"));
        bid(event, s1, 1000);

        mvc.perform(get("/api/v1/sourcing-events/{id}/bids", event).with(users.as(bob)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("declaration-required")));
        mvc.perform(get("/api/v1/sourcing-events/{id}/ranking", event).with(users.as(bob)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sourcing-events/{id}", event).with(users.as(bob)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.bidCount").value(1))
                .andExpect(jsonPath("$.amount").doesNotExist());

        declare(bob, event, List.of()).andExpect(status().isOk());
        mvc.perform(get("/api/v1/sourcing-events/{id}/bids", event).with(users.as(bob)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].amount").value(1000));
        declare(bob, event, List.of(s1)).andExpect(status().isConflict());
        declare(f.officerB, event, List.of()).andExpect(status().isNotFound());
    }

    @Test
    void aDeclaredConflictAndOwningTheSupplierBlockScoringWith403NamingTheReason() throws Exception {
        String event = event(null);
        UUID owned = qualified("own", alice);
        UUID conflicted = qualified("con", null);
        for (UUID s : List.of(owned, conflicted)) {
            call(f.officerA, "/api/v1/sourcing-events/{id}/invitations", Map.of("supplierId", s), event)
                    .andExpect(status().isOk());
        }
        addMember(event, alice);
        addMember(event, bob);
        move(event, "OPEN", null);
        String ownedBid = bid(event, owned, 200000);
        String conflictedBid = bid(event, conflicted, 180000);
        move(event, "EVALUATION", null).andExpect(status().isOk());

        score(alice, event, ownedBid, 80).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("declaration-required")));
        declare(alice, event, List.of(conflicted)).andExpect(status().isOk())
                .andExpect(jsonPath("$.panel[0].conflicts[0]").value(conflicted.toString()));
        score(alice, event, ownedBid, 80).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("owns-supplier")))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("own")));
        score(alice, event, conflictedBid, 80).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("conflict-of-interest")));
        score(f.officerA, event, ownedBid, 80).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("not-panel-member")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supplier_sourcing_score WHERE member_user_id = ?",
                Integer.class, alice)).isZero();

        declare(bob, event, List.of()).andExpect(status().isOk());
        score(bob, event, ownedBid, 101).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("score"));
        score(bob, event, ownedBid, 75).andExpect(status().isOk());
        score(bob, event, conflictedBid, 85).andExpect(status().isOk());
        // alice may evaluate neither bid: bob alone completes the evaluation
        mvc.perform(get("/api/v1/sourcing-events/{id}/ranking", event).with(users.as(f.officerA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.complete").value(true));
    }

    @Test
    void theRankingCombinesPriceAndTechnicalPointsAndShowsTheComputation() throws Exception {
        String event = event(null);
        UUID cheap = qualified("cheap", null);
        UUID strong = qualified("strong", null);
        for (UUID s : List.of(cheap, strong)) {
            call(f.officerA, "/api/v1/sourcing-events/{id}/invitations", Map.of("supplierId", s), event);
        }
        UUID carol = users.user("carol", Role.PROCUREMENT_OFFICER, f.unitA, true);
        addMember(event, bob);
        addMember(event, carol);
        move(event, "OPEN", null);
        String cheapBid = bid(event, cheap, 100000);
        String strongBid = bid(event, strong, 125000);
        move(event, "EVALUATION", null);
        declare(bob, event, List.of());
        declare(carol, event, List.of());
        score(bob, event, cheapBid, 60);
        score(carol, event, cheapBid, 70);
        score(bob, event, strongBid, 90);

        // not complete yet: carol has not scored the strong bid
        mvc.perform(get("/api/v1/sourcing-events/{id}/ranking", event).with(users.as(f.officerA)))
                .andExpect(jsonPath("$.complete").value(false))
                .andExpect(jsonPath("$.missing[0]").value("score:" + strongBid + ":" + carol));
        call(f.officerA, "/api/v1/sourcing-events/{id}/award", Map.of("bidId", strongBid, "justification", "best"),
                event).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("evaluation-incomplete")));
        score(carol, event, strongBid, 100);

        // cheap: 40 × 100000/100000 = 40.00; 60 × 65.00/100 = 39.00 → 79.00
        // strong: 40 × 100000/125000 = 32.00; 60 × 95.00/100 = 57.00 → 89.00
        mvc.perform(get("/api/v1/sourcing-events/{id}/ranking", event).with(users.as(f.officerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.priceWeight").value(40)).andExpect(jsonPath("$.technicalWeight").value(60))
                .andExpect(jsonPath("$.complete").value(true))
                .andExpect(jsonPath("$.ranking[0].bidId").value(strongBid))
                .andExpect(jsonPath("$.ranking[0].technicalScore").value(95.0))
                .andExpect(jsonPath("$.ranking[0].pricePoints").value(32.0))
                .andExpect(jsonPath("$.ranking[0].technicalPoints").value(57.0))
                .andExpect(jsonPath("$.ranking[0].total").value(89.0))
                .andExpect(jsonPath("$.ranking[0].computation").value(
                        "40 × 100000.00 / 125000.00 = 32.00; 60 × 95.00 / 100 = 57.00; 32.00 + 57.00 = 89.00"))
                .andExpect(jsonPath("$.ranking[1].bidId").value(cheapBid))
                .andExpect(jsonPath("$.ranking[1].pricePoints").value(40.0))
                .andExpect(jsonPath("$.ranking[1].total").value(79.0));

        // the cheaper bid is not ranked first: the award must say so and is flagged
        call(f.officerA, "/api/v1/sourcing-events/{id}/award", Map.of("bidId", cheapBid, "justification", "cheaper"),
                event).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("not-top-ranked")));
        call(f.officerA, "/api/v1/sourcing-events/{id}/award", Map.of("bidId", cheapBid, "notTopRanked", true,
                        "justification", "Not the top-ranked bid: the strong bidder cannot deliver before Q3"), event)
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("AWARDED"))
                .andExpect(jsonPath("$.awardNotTopRanked").value(true))
                .andExpect(jsonPath("$.awardedSupplierId").value(cheap.toString()));
        move(event, "CLOSED", "contract signed").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLOSED"));

        // the event's contract goes to the supplier it was awarded to
        Map<String, Object> contract = new java.util.HashMap<>(Map.of("number", "EV-" + f.tag, "title", "Switches",
                "eventId", event, "value", 100000, "startDate", "2026-01-01", "endDate", "2027-12-31"));
        contract.put("supplierId", strong.toString());
        call(f.officerA, "/api/v1/contracts", contract).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("not-awarded")));
        contract.put("supplierId", cheap.toString());
        call(f.officerA, "/api/v1/contracts", contract).andExpect(status().isCreated())
                .andExpect(jsonPath("$.eventId").value(event));
    }

    @Test
    void theWeightingIsConfigurablePerEvent() throws Exception {
        call(f.officerA, "/api/v1/sourcing-events", Map.of("title", "x", "kind", "RFQ", "category", "IT_EQUIPMENT",
                "budget", 1, "priceWeight", 120), new Object[0]).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("priceWeight"));
        String event = event(70);
        mvc.perform(get("/api/v1/sourcing-events/{id}", event).with(users.as(f.officerA)))
                .andExpect(jsonPath("$.priceWeight").value(70)).andExpect(jsonPath("$.technicalWeight").value(30));
    }

    @Test
    void theListFiltersByStateKindAndCategory() throws Exception {
        String event = event(null);
        mvc.perform(get("/api/v1/sourcing-events").param("state", "DRAFT").param("kind", "TENDER")
                        .param("category", "IT_EQUIPMENT").param("q", f.tag).with(users.as(f.officerA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].id").value(event));
        mvc.perform(get("/api/v1/sourcing-events").param("state", "OPEN").param("q", f.tag).with(users.as(f.officerA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty());
    }
}
