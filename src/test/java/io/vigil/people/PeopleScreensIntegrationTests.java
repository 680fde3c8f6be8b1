package io.vigil.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.identity.OrgUnits;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@VigilIntegrationTest
class PeopleScreensIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    io.vigil.identity.internal.Preferences preferences;

    PeopleFixtures f;

    @BeforeEach
    void setUp() {
        f = new PeopleFixtures(users, mvc, orgUnits);
    }

    @Test
    void listSearchesAndItsSortAndPageLinksKeepTheSearch() throws Exception {
        for (int i = 0; i < 12; i++) {
            f.create(f.writerA, "L" + (char) ('a' + i), f.unitA);
        }
        String html = page(get("/people").param("q", f.tag).param("size", "10").param("sort", "name,desc"));
        assertThat(html).contains(f.number("Ll")).doesNotContain(f.number("La"))
                .contains("1–10 of 12")
                .contains("aria-sort=\"descending\"")
                .contains("/people?q=" + f.tag + "&amp;size=10&amp;sort=name%2Cdesc&amp;page=1")
                .contains("/people?q=" + f.tag + "&amp;size=10&amp;sort=employeeNumber%2Casc")
                .contains("/people/export?q=" + f.tag + "&amp;size=10&amp;sort=name%2Cdesc&amp;format=xlsx");
    }

    @Test
    void columnChoiceIsRememberedInACookie() throws Exception {
        f.create(f.writerA, "col", f.unitA);
        mvc.perform(get("/people").param("q", f.tag).param("cols", "", "name", "phone").with(users.as(f.readerA)))
                .andExpect(status().isOk())
                .andExpect(cookie().value("vigil-cols-people", "name.phone"));
        String html = page(get("/people").param("q", f.tag).cookie(new Cookie("vigil-cols-people", "name.phone")));
        assertThat(html).contains("测试" + f.tag + "col").doesNotContain("t" + f.tag + "col@vigil.example");
        assertThat(html).doesNotContain(">" + f.number("col") + "<");
    }

    @Test
    void emptyStatesSayWhatToDoNext() throws Exception {
        assertThat(page(get("/people").param("q", "no-such-" + f.tag))).contains("No employees match these filters.")
                .contains("Clear the filters");
    }

    @Test
    void detailShowsOverviewAndDirectReports() throws Exception {
        UUID boss = f.create(f.writerA, "db", f.unitA);
        Map<String, Object> body = f.body("dr", f.unitA);
        body.put("managerId", boss.toString());
        f.create(f.writerA, body);

        assertThat(page(get("/people/{id}", boss))).contains("测试" + f.tag + "db").contains("Related records")
                .doesNotContain("id=\"history\"");
        assertThat(page(get("/people/{id}", boss).param("tab", "reports"))).contains("测试" + f.tag + "dr");
        assertThat(page(get("/people/{id}", boss).param("tab", "history"))).contains("id=\"history\"")
                .contains("CREATED").contains(f.number("db"));
        mvc.perform(get("/people/{id}", UUID.randomUUID()).with(users.as(f.readerA))).andExpect(status().isNotFound());
    }

    @Test
    void formShowsInlineErrorsThenCreates() throws Exception {
        String html = mvc.perform(post("/people/new").with(users.as(f.writerA)).with(csrf())
                        .param("employeeNumber", f.number("form")).param("name", "表单")
                        .param("email", "broken").param("orgUnitId", f.unitA.toString())
                        .param("hireDate", "2024-01-10").param("leaveDate", "2023-01-01").param("status", "ACTIVE")
                        .param("managerNumber", "NOBODY-" + f.tag))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Not a valid e-mail address.")
                .contains("The leave date cannot be before the hire date.")
                .contains("No employee you can see has this number or id.")
                .contains("is-invalid");

        mvc.perform(post("/people/new").with(users.as(f.writerA)).with(csrf())
                        .param("employeeNumber", f.number("form")).param("name", "表单")
                        .param("email", "form" + f.tag + "@vigil.example").param("orgUnitId", f.unitA.toString())
                        .param("hireDate", "2024-01-10").param("status", "ACTIVE"))
                .andExpect(redirectedUrlPattern("/people/*"));
        mvc.perform(get("/api/v1/employees").param("q", f.number("form")).with(users.as(f.readerA)))
                .andExpect(jsonPath("$.totalElements").value(1));
    }

    @Test
    void editWithAStaleVersionExplainsTheConflictAndRecordingADepartureSetsLeft() throws Exception {
        UUID id = f.create(f.writerA, "ed", f.unitA);
        String html = mvc.perform(post("/people/{id}/edit", id).with(users.as(f.writerA)).with(csrf())
                        .param("employeeNumber", f.number("ed")).param("name", "改名")
                        .param("email", "ed" + f.tag + "@vigil.example").param("orgUnitId", f.unitA.toString())
                        .param("hireDate", "2024-03-01").param("status", "ACTIVE").param("version", "7"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Someone else changed this employee");

        mvc.perform(post("/people/{id}/leave", id).with(users.as(f.writerA)).with(csrf())
                        .param("version", "0").param("leaveDate", "2025-05-31"))
                .andExpect(redirectedUrl("/people/" + id));
        mvc.perform(get("/api/v1/employees/{id}", id).with(users.as(f.readerA)))
                .andExpect(jsonPath("$.status").value("LEFT"))
                .andExpect(jsonPath("$.leaveDate").value("2025-05-31"));
    }

    @Test
    void importPageChecksThenImportsTheCheckedFile() throws Exception {
        String csv = EmployeeImportIntegrationTests.HEADER + "\n"
                + f.number("w1") + ",网页,,w1" + f.tag + "@vigil.example,," + f.codeA + ",,,2020-01-01,,\n"
                + f.number("w2") + ",网页二,,bad,," + f.codeA + ",,,2020-01-01,,\n";
        String checked = mvc.perform(multipart("/people/import/check")
                        .file(new MockMultipartFile("file", "w.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(users.as(f.writerA)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(checked).contains("2 rows, 1 valid, 1 problems.").contains("Not a valid e-mail address.")
                .doesNotContain("id=\"import-confirm\"");

        String good = csv.substring(0, csv.lastIndexOf(f.number("w2")));
        // the checked file waits in the database-backed session, found again by its cookie
        var response = mvc.perform(multipart("/people/import/check")
                        .file(new MockMultipartFile("file", "w.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                        .with(users.as(f.writerA)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse();
        Cookie session = response.getCookie("SESSION");
        checked = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(checked).contains("id=\"import-confirm\"");

        mvc.perform(post("/people/import/confirm").cookie(session).with(users.as(f.writerA)).with(csrf()))
                .andExpect(redirectedUrl("/people"));
        mvc.perform(get("/api/v1/employees").param("q", f.number("w1")).with(users.as(f.readerA)))
                .andExpect(jsonPath("$.totalElements").value(1));

        assertThat(mvc.perform(post("/people/import/confirm").cookie(session).with(users.as(f.writerA)).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("no longer available");
    }

    @Test
    void screensSpeakTheUsersLanguage() throws Exception {
        preferences.changeLanguage(f.readerA, "zh-CN");
        assertThat(page(get("/people").param("q", "none-" + f.tag))).contains("没有符合筛选条件的员工。")
                .contains("每页");
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(users.as(f.readerA))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
