package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
class SourcingDemoDataIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoHasEventsInEveryStateWithAConflictAFlaggedAwardAndAboutSixtyContracts() throws Exception {
        assertThat(jdbc.queryForList("SELECT DISTINCT state FROM supplier_sourcing_event", String.class))
                .containsExactlyInAnyOrder("DRAFT", "OPEN", "EVALUATION", "AWARDED", "CLOSED", "CANCELLED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supplier_sourcing_conflict", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supplier_sourcing_event WHERE award_not_top_ranked",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supplier_contract", Integer.class)).isBetween(55, 65);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supplier_contract WHERE status = 'ACTIVE' AND end_date "
                + "<= CURRENT_DATE + 30", Integer.class)).isPositive();

        UUID officer = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'procofficer'", UUID.class);
        String list = mvc.perform(get("/sourcing").with(users.as(officer))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("sourcing-table");
        for (String id : jdbc.queryForList("SELECT CAST(id AS VARCHAR(36)) FROM supplier_sourcing_event", String.class)) {
            for (String tab : new String[] {"overview", "invitations", "panel", "bids", "ranking", "history"}) {
                mvc.perform(get("/sourcing/{id}", id).param("tab", tab).with(users.as(officer)))
                        .andExpect(status().isOk());
            }
        }
        mvc.perform(get("/contracts").param("expiring", "30").with(users.as(officer))).andExpect(status().isOk());
    }
}
