package io.vigil.supplier;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@VigilIntegrationTest
@ActiveProfiles({"test", "demo"})
class SupplierDemoDataIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoSupplierContactSeesTheirQualifiedCompanyInThePortal() throws Exception {
        UUID contact = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'supplier'", UUID.class);
        mvc.perform(get("/api/v1/portal/supplier").with(users.as(contact)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("QUALIFIED"));
    }
}
