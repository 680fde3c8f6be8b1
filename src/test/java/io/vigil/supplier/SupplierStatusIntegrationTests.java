package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@VigilIntegrationTest
@RecordApplicationEvents
class SupplierStatusIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    SupplierFixtures f;

    @BeforeEach
    void setUp() {
        f = new SupplierFixtures(users, mvc);
    }

    ResultActions change(UUID actor, UUID supplier, String status, String reason, String reasonCode) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("reason", reason);
        if (reasonCode != null) {
            body.put("reasonCode", reasonCode);
        }
        return mvc.perform(post("/api/v1/suppliers/{id}/status", supplier).with(users.as(actor))
                .contentType(MediaType.APPLICATION_JSON).content(f.toJson(body)));
    }

    ResultActions approve(UUID actor, UUID supplier, String requestId) throws Exception {
        return mvc.perform(post("/api/v1/suppliers/{id}/status-requests/{r}/approve", supplier, requestId)
                .with(users.as(actor)));
    }

    String statusOf(UUID supplier) {
        return jdbc.queryForObject("SELECT status FROM supplier WHERE id = ?", String.class, supplier);
    }

    @Test
    void aDirectChangeAppliesPublishesTheEventAndIsAudited() throws Exception {
        UUID id = f.create("q");

        change(f.officerA, id, "QUALIFIED", "passed qualification review", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.supplier.status").value("QUALIFIED"))
                .andExpect(jsonPath("$.approvalRequest").doesNotExist());

        assertThat(statusOf(id)).isEqualTo("QUALIFIED");
        assertThat(events.stream(SupplierStatusChanged.class).filter(e -> e.supplierId().equals(id)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.from()).isEqualTo(SupplierStatus.PROSPECT);
                    assertThat(e.to()).isEqualTo(SupplierStatus.QUALIFIED);
                });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity_id = ? "
                + "AND action = 'STATUS_CHANGED'", Long.class, id.toString())).isEqualTo(1);
    }

    @Test
    void anIllegalTransitionIsAConflictNamingTheAllowedOnes() throws Exception {
        UUID id = f.create("i");

        change(f.officerA, id, "PREFERRED", "jump", null)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/illegal-status-transition"))
                .andExpect(jsonPath("$.allowed").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "QUALIFIED", "UNQUALIFIED", "BLACKLISTED")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("QUALIFIED")));
        assertThat(statusOf(id)).isEqualTo("PROSPECT");
    }

    @Test
    void blacklistingWaitsForAProcurementManagerWhoIsNotTheRequester() throws Exception {
        UUID id = f.create("b");
        change(f.officerA, id, "BLACKLISTED", "bribery confirmed", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reasonCode"));

        String response = change(f.managerA, id, "BLACKLISTED", "bribery confirmed", "BRIBERY")
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.approvalRequest.state").value("PENDING"))
                .andReturn().getResponse().getContentAsString();
        String requestId = JsonPath.read(response, "$.approvalRequest.id");
        assertThat(statusOf(id)).isEqualTo("PROSPECT");

        approve(f.managerA, id, requestId).andExpect(status().isForbidden());
        approve(f.officerA, id, requestId).andExpect(status().isForbidden());
        assertThat(statusOf(id)).isEqualTo("PROSPECT");

        UUID otherManager = users.user("manager-2", Role.PROCUREMENT_MANAGER, f.unitA, true);
        approve(otherManager, id, requestId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPROVED"));
        assertThat(statusOf(id)).isEqualTo("BLACKLISTED");
        assertThat(events.stream(SupplierStatusChanged.class).filter(e -> e.supplierId().equals(id)))
                .singleElement().satisfies(e -> assertThat(e.reasonCode()).isEqualTo("BRIBERY"));
    }

    @Test
    void liftingABlacklistNeedsTwoApproversOneOfThemAdminOrCiso() throws Exception {
        UUID id = f.create("l");
        UUID manager2 = users.user("manager-2", Role.PROCUREMENT_MANAGER, f.unitA, true);
        UUID ciso = users.user("ciso", Role.CISO, f.unitA, true);
        String first = JsonPath.read(change(f.officerA, id, "BLACKLISTED", "fraud", "FRAUD")
                .andReturn().getResponse().getContentAsString(), "$.approvalRequest.id");
        approve(f.managerA, id, first).andExpect(status().isOk());
        assertThat(statusOf(id)).isEqualTo("BLACKLISTED");

        String lift = JsonPath.read(change(f.officerA, id, "UNQUALIFIED", "court acquitted", null)
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.approvalRequest.requiredApprovals").value(2))
                .andReturn().getResponse().getContentAsString(), "$.approvalRequest.id");
        approve(f.managerA, id, lift).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("PENDING"));
        assertThat(statusOf(id)).isEqualTo("BLACKLISTED");
        // a second procurement manager is not enough: the last slot needs ADMIN or CISO
        approve(manager2, id, lift).andExpect(status().isForbidden());
        assertThat(statusOf(id)).isEqualTo("BLACKLISTED");

        approve(ciso, id, lift).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("APPROVED"));
        assertThat(statusOf(id)).isEqualTo("UNQUALIFIED");
    }

    @Test
    void aSecondChangeWhileOneIsPendingIsAConflict() throws Exception {
        UUID id = f.create("p");
        change(f.officerA, id, "BLACKLISTED", "fraud", "FRAUD").andExpect(status().isAccepted());

        change(f.officerA, id, "QUALIFIED", "ok", null).andExpect(status().isConflict());
    }

    @Test
    void aReaderCannotChangeTheStatus() throws Exception {
        UUID id = f.create("r");
        change(f.readerA, id, "QUALIFIED", "x", null).andExpect(status().isForbidden());
        assertThat(statusOf(id)).isEqualTo("PROSPECT");
    }
}
