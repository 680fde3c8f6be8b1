package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@VigilIntegrationTest
@ActiveProfiles({"test", "demo"})
class QuestionnaireDemoDataIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demoQuestionnairesCoverEveryStateWithARedLineFailureAndOneOpenForThePortalUser() throws Exception {
        assertThat(jdbc.queryForList("SELECT DISTINCT state FROM supplier_questionnaire", String.class))
                .contains("SENT", "IN_PROGRESS", "SUBMITTED", "ACCEPTED", "RETURNED");
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT supplier_id) FROM supplier_questionnaire", Integer.class))
                .isGreaterThanOrEqualTo(40);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supplier_questionnaire WHERE red_line_failed = TRUE",
                Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supplier_questionnaire WHERE score IS NOT NULL "
                + "AND state IN ('SUBMITTED', 'ACCEPTED', 'RETURNED')", Integer.class)).isPositive();
        UUID contact = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'supplier'", UUID.class);
        mvc.perform(get("/api/v1/portal/questionnaires").with(users.as(contact)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.editable == true)]", Matchers.not(Matchers.empty())));
    }
}
