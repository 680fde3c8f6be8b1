package io.vigil.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.identity.Role;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@VigilIntegrationTest
class PageErrorsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Test
    void aMissingRecordOnAScreenIsTheCalm404PageInTheUsersLanguage() throws Exception {
        UUID admin = testUsers.user("pages", Role.ADMIN, testUsers.rootUnit(), true);

        String html = mvc.perform(get("/admin/users/{id}", UUID.randomUUID()).with(testUsers.as(admin))
                        .header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("id=\"error-heading\"").contains("Page not found").contains("Back to the home page");
    }
}
