package io.vigil.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.identity.OrgUnits;
import io.vigil.shared.audit.AuditableEvent;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import io.vigil.task.RelatedRecord;
import io.vigil.task.TaskFilter;
import io.vigil.task.TaskStatus;
import io.vigil.task.Tasks;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@VigilIntegrationTest
@RecordApplicationEvents
class RiskApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    ApplicationEvents events;

    @Autowired
    RiskRegister register;

    @Autowired
    Tasks tasks;

    RiskFixtures f;

    @BeforeEach
    void setUp() {
        f = new RiskFixtures(users, mvc, orgUnits);
    }

    @Test
    void riskIsScoredOnTheMatrixAndLinkedToItsAssets() throws Exception {
        String asset = f.createAsset(f.adminA, f.asset("ups", f.unitA));
        var body = f.risk("Power loss", f.unitA, 4, 5, f.officerA);
        body.put("assetIds", List.of(asset));
        body.put("residualLikelihood", 2);
        String id = f.createRisk(f.adminA, body);
        mvc.perform(get("/api/v1/risks/{id}", id).with(users.as(f.officerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inherentScore").value(20))
                .andExpect(jsonPath("$.inherentLevel").value("CRITICAL"))
                .andExpect(jsonPath("$.residualScore").value(10))
                .andExpect(jsonPath("$.residualLevel").value("HIGH"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.assets[0].code").value(f.code("ups")));
        mvc.perform(get("/api/v1/risks").param("asset", asset).param("level", "HIGH").with(users.as(f.officerA)))
                .andExpect(jsonPath("$.totalElements").value(1));
        assertThat(register.forAsset(java.util.UUID.fromString(asset))).singleElement()
                .satisfies(r -> assertThat(r.residualLevel()).isEqualTo(RiskLevel.HIGH));
        mvc.perform(get("/api/v1/risks/{id}", id).with(users.as(f.adminB))).andExpect(status().isNotFound());
    }

    @Test
    void acceptanceOfAHighRiskByAnApproverWhoIsNotTheCisoIsRefusedAndNothingChanges() throws Exception {
        String id = f.createRisk(f.adminA, f.risk("Cooling failure", f.unitA, 3, 4, f.officerA));
        mvc.perform(post("/api/v1/risks/{id}/accept", id).with(users.as(f.adminA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(Map.of("justification", "Budget next year", "version", 0))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://vigil.dev/problems/risk-acceptance-not-authorised"));
        mvc.perform(get("/api/v1/risks/{id}", id).with(users.as(f.adminA)))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.acceptedBy").doesNotExist())
                .andExpect(jsonPath("$.version").value(0));
        // without risk:approve at all the API refuses before the policy is asked
        mvc.perform(post("/api/v1/risks/{id}/accept", id).with(users.as(f.officerA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(Map.of("justification", "x", "version", 0))))
                .andExpect(status().isForbidden());
    }

    @Test
    void cisoAcceptsAHighRiskUntilAnExpiryWithAReReviewTask() throws Exception {
        String id = f.createRisk(f.adminA, f.risk("Carrier outage", f.unitA, 3, 4, f.officerA));
        LocalDate expiry = LocalDate.now().plusMonths(6);
        mvc.perform(post("/api/v1/risks/{id}/accept", id).with(users.as(f.cisoA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(Map.of("justification", "Second carrier contracted for Q3",
                                "expiresOn", expiry.toString(), "version", 0))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.treatment").value("ACCEPT"))
                .andExpect(jsonPath("$.acceptedBy").value(f.cisoA.toString()))
                .andExpect(jsonPath("$.acceptanceExpiresOn").value(expiry.toString()));
        assertThat(tasks.mine(f.officerA, TaskFilter.active(), org.springframework.data.domain.Pageable.ofSize(50))
                .getContent()).anySatisfy(t -> {
                    assertThat(t.kind()).isEqualTo("RISK_ACCEPTANCE_REVIEW");
                    assertThat(t.dueDate()).isEqualTo(expiry);
                });
        assertThat(events.stream(AuditableEvent.class).filter(e -> e.action().equals("ACCEPTED"))).hasSize(1);
        // an acceptance longer than allowed is a field error
        String other = f.createRisk(f.adminA, f.risk("Other", f.unitA, 1, 2, f.officerA));
        mvc.perform(post("/api/v1/risks/{id}/accept", other).with(users.as(f.adminA))
                        .contentType(MediaType.APPLICATION_JSON).content(f.toJson(Map.of("justification", "ok",
                                "expiresOn", LocalDate.now().plusYears(3).toString(), "version", 0))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("expiresOn"));
    }

    @Test
    void planItemBecomesATaskAndCompletingTheTaskCompletesTheItem() throws Exception {
        String id = f.createRisk(f.adminA, f.risk("Ransomware", f.unitA, 3, 5, f.officerA));
        String item = JsonPath.read(mvc.perform(post("/api/v1/risks/{id}/plan", id).with(users.as(f.adminA))
                        .contentType(MediaType.APPLICATION_JSON).content(f.toJson(Map.of("title",
                                "Immutable backups " + f.tag, "ownerUserId", f.officerA.toString(), "dueDate",
                                LocalDate.now().plusDays(30).toString()))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(get("/api/v1/risks/{id}", id).with(users.as(f.adminA)))
                .andExpect(jsonPath("$.status").value("TREATING"));
        var task = tasks.mine(f.officerA, TaskFilter.active(), org.springframework.data.domain.Pageable.ofSize(50))
                .getContent().stream().filter(t -> t.title().equals("Immutable backups " + f.tag)).findFirst()
                .orElseThrow();
        tasks.fulfil(new RelatedRecord("risk", "RiskPlanItem", item, "/risks/" + id), "done");
        mvc.perform(get("/api/v1/risks/{id}/plan", id).with(users.as(f.adminA)))
                .andExpect(jsonPath("$[0].status").value("DONE"))
                .andExpect(jsonPath("$[0].taskId").value(task.id().toString()));
        assertThat(tasks.find(task.id()).orElseThrow().status()).isEqualTo(TaskStatus.DONE);
    }

    @Test
    void reviewKeepsTheHistoryOfScoresAndSchedulesTheNextReview() throws Exception {
        String id = f.createRisk(f.adminA, f.risk("Flood", f.unitA, 2, 5, f.officerA));
        mvc.perform(post("/api/v1/risks/{id}/review", id).with(users.as(f.officerA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(Map.of("residualLikelihood", 1, "note", "Flood barrier installed",
                                "version", 0))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.residualScore").value(5))
                .andExpect(jsonPath("$.lastReviewedOn").value(LocalDate.now().toString()))
                .andExpect(jsonPath("$.nextReviewOn").value(LocalDate.now().plusMonths(3).toString()));
        mvc.perform(get("/api/v1/risks/{id}/scores", id).with(users.as(f.officerA)))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].reason").value("REVIEWED"))
                .andExpect(jsonPath("$[0].residualScore").value(5))
                .andExpect(jsonPath("$[1].reason").value("CREATED"))
                .andExpect(jsonPath("$[1].residualScore").value(10));
        mvc.perform(patch("/api/v1/risks/{id}", id).with(users.as(f.officerA)).contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(Map.of("title", "Stale", "version", 0))))
                .andExpect(status().isConflict());
    }

    @Test
    void heatMapCountsOpenRisksPerCellAndTopListIsOrderedByResidualScore() throws Exception {
        f.createRisk(f.adminB, f.risk("B only", f.unitB, 5, 5, f.adminB));
        f.createRisk(f.adminB, f.risk("B second", f.unitB, 5, 5, f.adminB));
        f.createRisk(f.adminB, f.risk("B low", f.unitB, 1, 2, f.adminB));
        String body = mvc.perform(get("/api/v1/risks/heatmap").param("matrix", "inherent").with(users.as(f.adminB)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<List<Integer>> counts = JsonPath.read(body, "$.counts");
        assertThat(counts.get(4).get(4)).isEqualTo(2);
        assertThat(counts.get(0).get(1)).isEqualTo(1);
        mvc.perform(get("/api/v1/risks/top").with(users.as(f.adminB)))
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].residualScore").value(25))
                .andExpect(jsonPath("$[2].residualScore").value(2));
    }

    @Test
    void unknownThreatAndOutOfMatrixLevelsAreFieldErrors() throws Exception {
        var body = f.risk("Bad", f.unitA, 6, 0, f.officerA);
        body.put("threatCode", "T-NOPE");
        mvc.perform(post("/api/v1/risks").with(users.as(f.adminA)).contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3));
    }
}
