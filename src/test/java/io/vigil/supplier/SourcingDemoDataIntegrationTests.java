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
        // the demo's records belong to procofficer: the database may be shared with other tests (PostgreSQL in CI)
        UUID officer = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'procofficer'", UUID.class);
        assertThat(jdbc.queryForList("SELECT DISTINCT state FROM supplier_sourcing_event WHERE owner_id = ?",
                String.class, officer))
                .containsExactlyInAnyOrder("DRAFT", "OPEN", "EVALUATION", "AWARDED", "CLOSED", "CANCELLED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supplier_sourcing_conflict c JOIN "
                + "supplier_sourcing_panel_member m ON m.id = c.member_id JOIN supplier_sourcing_event e "
                + "ON e.id = m.event_id WHERE e.owner_id = ?", Integer.class, officer)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supplier_sourcing_event WHERE award_not_top_ranked "
                + "AND owner_id = ?", Integer.class, officer)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supplier_contract WHERE created_by = ?", Integer.class,
                officer)).isBetween(55, 65);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supplier_contract WHERE status = 'ACTIVE' AND end_date "
                + "<= CURRENT_DATE + 30 AND created_by = ?", Integer.class, officer)).isPositive();

        String list = mvc.perform(get("/sourcing").with(users.as(officer))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("sourcing-table");
        for (UUID id : jdbc.queryForList("SELECT id FROM supplier_sourcing_event WHERE owner_id = ?", UUID.class,
                officer)) {
            for (String tab : new String[] {"overview", "invitations", "panel", "bids", "ranking", "history"}) {
                mvc.perform(get("/sourcing/{id}", id).param("tab", tab).with(users.as(officer)))
                        .andExpect(status().isOk());
            }
        }
        mvc.perform(get("/contracts").param("expiring", "30").with(users.as(officer))).andExpect(status().isOk());
    }
}
