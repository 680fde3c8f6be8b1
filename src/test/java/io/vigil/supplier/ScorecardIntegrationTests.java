package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Procurement managers change the scorecard's weights; bad input changes nothing. */
@VigilIntegrationTest
class ScorecardIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    SupplierFixtures f;
    List<Map<String, Object>> original;

    @BeforeEach
    void setUp() {
        f = new SupplierFixtures(users, mvc);
        original = jdbc.queryForList("SELECT code, weight, active FROM supplier_review_criterion");
    }

    @AfterEach
    void restore() {
        // the scorecard is shared by every test of this context: put it back
        original.forEach(row -> jdbc.update("UPDATE supplier_review_criterion SET weight = ?, active = ? WHERE code = ?",
                row.get("weight"), row.get("active"), row.get("code")));
    }

    @Test
    void aManagerChangesWeightsAndSwitchesACriterionOff() throws Exception {
        List<String> codes = JsonPath.read(mvc.perform(get("/api/v1/reviews/scorecard").with(users.as(f.readerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$[*].code");
        List<Map<String, Object>> changes = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            changes.add(Map.of("code", codes.get(i), "weight", i == 0 ? "40" : "10", "active", i != 1));
        }

        mvc.perform(put("/api/v1/reviews/scorecard").with(users.as(f.managerA)).contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(Map.of("criteria", changes))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].weight").value(40.0))
                .andExpect(jsonPath("$[1].active").value(false));

        mvc.perform(get("/api/v1/reviews/criteria").with(users.as(f.readerA)))
                .andExpect(jsonPath("$.length()").value(codes.size() - 1));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'SupplierReviewScorecard'",
                Long.class)).isPositive();
    }

    @Test
    void aBadWeightIsNamedAndNothingChanges() throws Exception {
        List<String> codes = JsonPath.read(mvc.perform(get("/api/v1/reviews/scorecard").with(users.as(f.readerA)))
                .andReturn().getResponse().getContentAsString(), "$[*].code");
        mvc.perform(put("/api/v1/reviews/scorecard").with(users.as(f.managerA)).contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(Map.of("criteria", List.of(
                                Map.of("code", codes.get(0), "weight", "55", "active", true),
                                Map.of("code", codes.get(1), "weight", "abc", "active", true),
                                Map.of("code", codes.get(2), "weight", "-3", "active", true))))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "weight." + codes.get(1), "weight." + codes.get(2))));
        assertThat(jdbc.queryForList("SELECT weight FROM supplier_review_criterion WHERE code = ?", java.math.BigDecimal.class,
                codes.get(0)).get(0)).isNotEqualByComparingTo("55");

        Map<String, Object> allOff = new LinkedHashMap<>();
        allOff.put("criteria", codes.stream().map(c -> Map.of("code", c, "weight", "10", "active", false)).toList());
        mvc.perform(put("/api/v1/reviews/scorecard").with(users.as(f.managerA)).contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(allOff)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("active"));
        mvc.perform(put("/api/v1/reviews/scorecard").with(users.as(f.officerA)).contentType(MediaType.APPLICATION_JSON)
                        .content(f.toJson(Map.of("criteria", List.of())))).andExpect(status().isForbidden());
    }

    @Test
    void theScreenShowsWeightsAndNamesABadOneInline() throws Exception {
        String html = mvc.perform(get("/suppliers/reviews/scorecard").with(users.as(f.managerA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("scorecard-form").contains("Product quality");
        String code = JsonPath.read(mvc.perform(get("/api/v1/reviews/scorecard").with(users.as(f.readerA)))
                .andReturn().getResponse().getContentAsString(), "$[0].code");

        var flash = mvc.perform(post("/suppliers/reviews/scorecard").with(users.as(f.managerA)).with(csrf())
                        .param("weight." + code, "zero"))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
        assertThat(flash.get("errors").toString()).contains("weight." + code);
    }
}
