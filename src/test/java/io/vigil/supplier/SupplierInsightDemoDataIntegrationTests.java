package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The demo organisation gives the timeline, the dashboard and the verification queue something to show. */
@VigilIntegrationTest
@ActiveProfiles({"test", "demo"})
class SupplierInsightDemoDataIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    UUID user(String name) {
        return jdbc.queryForObject("SELECT id FROM user_account WHERE username = ?", UUID.class, name);
    }

    @Test
    void thePortalCompanyHasUploadsWaitingAndATimeline() throws Exception {
        String company = JsonPath.read(mvc.perform(get("/api/v1/portal/supplier").with(users.as(user("supplier"))))
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(get("/api/v1/suppliers/{id}/documents", company).with(users.as(user("procofficer"))))
                .andExpect(jsonPath("$.documents[?(@.verification == 'PENDING_VERIFICATION')]", Matchers.hasSize(2)));
        mvc.perform(get("/api/v1/suppliers/{id}/timeline", company).with(users.as(user("procofficer"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements", Matchers.greaterThan(3)))
                .andExpect(jsonPath("$.items[*].kind", Matchers.hasItems("DOCUMENT", "PROFILE")));
    }

    @Test
    void theDashboardHasSuppliersCasesAndExpiringDocuments() throws Exception {
        String body = mvc.perform(get("/api/v1/suppliers/dashboard").with(users.as(user("committee"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(body, "$.suppliers.total")).isGreaterThan(250);
        assertThat(JsonPath.<Integer>read(body, "$.onboarding.open")).isPositive();
        assertThat(JsonPath.<Integer>read(body, "$.expiringDocuments.count")).isPositive();
        assertThat(JsonPath.<Integer>read(body, "$.flaggedSuppliers.count")).isPositive();
    }
}
