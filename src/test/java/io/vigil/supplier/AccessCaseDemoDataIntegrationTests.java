package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@VigilIntegrationTest
@ActiveProfiles({"test", "demo"})
class AccessCaseDemoDataIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoFunnelHasDecidedCasesAndBelievableDaysPerStage() throws Exception {
        UUID manager = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'procmanager'", UUID.class);
        String funnel = mvc.perform(get("/api/v1/access-cases/funnel").with(users.as(manager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((Integer) JsonPath.read(funnel, "$.approved")).isGreaterThanOrEqualTo(14);
        assertThat((Integer) JsonPath.read(funnel, "$.rejected")).isGreaterThanOrEqualTo(1);
        assertThat((Integer) JsonPath.read(funnel, "$.express")).isGreaterThanOrEqualTo(4);
        assertThat((Double) JsonPath.read(funnel, "$.stages[1].medianDays")).isBetween(5.0, 30.0);
        for (int i = 0; i < 5; i++) {
            assertThat((Integer) JsonPath.read(funnel, "$.stages[" + i + "].waiting")).as("stage " + i)
                    .isGreaterThanOrEqualTo(1);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM supplier_access_objection WHERE resolved_at IS NULL",
                Integer.class)).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM supplier_access_vote", Integer.class)).isGreaterThan(10);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM task WHERE kind = 'SUPPLIER_ACCESS_STAGE' AND status = 'OPEN'",
                Integer.class)).isGreaterThanOrEqualTo(8);
        String page = mvc.perform(get("/suppliers/access-cases/funnel").with(users.as(manager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("funnel-days-chart");
    }
}
