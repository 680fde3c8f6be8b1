package io.vigil.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.audit.AuditHistory;
import io.vigil.identity.OrgUnits;
import io.vigil.risk.internal.RiskAcceptanceExpiryJob;
import io.vigil.support.MutableClock;
import io.vigil.support.MutableClockConfiguration;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import io.vigil.task.TaskFilter;
import io.vigil.task.Tasks;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@VigilIntegrationTest
@Import(MutableClockConfiguration.class)
class RiskAcceptanceExpiryIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    MutableClock clock;

    @Autowired
    RiskAcceptanceExpiryJob job;

    @Autowired
    AuditHistory history;

    @Autowired
    Tasks tasks;

    RiskFixtures f;

    @BeforeEach
    void setUp() {
        f = new RiskFixtures(users, mvc, orgUnits);
    }

    @Test
    void acceptanceLapsesOnItsExpiryDayByTheSystemAndTheReReviewTaskStays() throws Exception {
        LocalDate start = LocalDate.of(2027, 3, 1);
        clock.setDate(start);
        LocalDate expiry = start.plusDays(20);
        String plain = f.createRisk(f.adminA, f.risk("Old firmware", f.unitA, 2, 2, f.officerA));
        String treated = f.createRisk(f.adminA, f.risk("Single carrier", f.unitA, 2, 2, f.officerA));
        mvc.perform(post("/api/v1/risks/{id}/plan", treated).with(users.as(f.adminA))
                .contentType(MediaType.APPLICATION_JSON).content(f.toJson(Map.of("title", "Second carrier " + f.tag,
                        "ownerUserId", f.officerA.toString(), "dueDate", start.plusDays(60).toString()))))
                .andExpect(status().isCreated());
        accept(plain, expiry);
        accept(treated, expiry);

        clock.setDate(expiry.minusDays(1));
        job.run();
        mvc.perform(get("/api/v1/risks/{id}", plain).with(users.as(f.adminA)))
                .andExpect(jsonPath("$.status").value("ACCEPTED"));

        clock.setDate(expiry);
        job.run();
        mvc.perform(get("/api/v1/risks/{id}", plain).with(users.as(f.adminA)))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.treatment").value("UNDECIDED"))
                .andExpect(jsonPath("$.acceptanceExpiresOn").value(expiry.toString()));
        mvc.perform(get("/api/v1/risks/{id}", treated).with(users.as(f.adminA)))
                .andExpect(jsonPath("$.status").value("TREATING"))
                .andExpect(jsonPath("$.treatment").value("MITIGATE"));
        assertThat(history.historyOf("Risk", plain)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("ACCEPTANCE_LAPSED");
            assertThat(e.actor()).isEqualTo("system");
            assertThat(e.changes()).containsKey("status");
        });
        assertThat(tasks.mine(f.officerA, TaskFilter.active(), Pageable.ofSize(100)).getContent())
                .filteredOn(t -> t.kind().equals("RISK_ACCEPTANCE_REVIEW")).hasSize(2)
                .allSatisfy(t -> assertThat(t.dueDate()).isEqualTo(expiry));

        // a second run (another node, a catch-up) changes nothing more
        job.run();
        assertThat(history.historyOf("Risk", plain)).filteredOn(e -> e.action().equals("ACCEPTANCE_LAPSED"))
                .hasSize(1);
    }

    private void accept(String id, LocalDate expiry) throws Exception {
        int version = JsonPath.read(mvc.perform(get("/api/v1/risks/{id}", id).with(users.as(f.adminA)))
                .andReturn().getResponse().getContentAsString(), "$.version");
        mvc.perform(post("/api/v1/risks/{id}/accept", id).with(users.as(f.cisoA))
                        .contentType(MediaType.APPLICATION_JSON).content(f.toJson(Map.of("justification",
                                "Low residual risk", "expiresOn", expiry.toString(), "version", version))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
    }
}
