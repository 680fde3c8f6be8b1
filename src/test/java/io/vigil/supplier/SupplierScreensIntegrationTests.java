package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.identity.internal.Preferences;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@VigilIntegrationTest
class SupplierScreensIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Preferences preferences;

    @Autowired
    JdbcTemplate jdbc;

    SupplierFixtures f;

    @BeforeEach
    void setUp() {
        f = new SupplierFixtures(users, mvc);
    }

    String page(UUID user, org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void listDetailTabsAndFormRender() throws Exception {
        UUID id = f.create("ui");
        assertThat(page(f.officerA, get("/suppliers").param("q", f.tag))).contains("测试供应商" + f.tag + "ui")
                .contains("Prospect");
        assertThat(page(f.officerA, get("/suppliers/{id}", id))).contains("Unified social credit code")
                .contains("IT equipment");
        assertThat(page(f.officerA, get("/suppliers/{id}", id).param("tab", "status"))).contains("status-form")
                .contains("Qualified");
        assertThat(page(f.officerA, get("/suppliers/{id}", id).param("tab", "history"))).contains("CREATED");
        assertThat(page(f.officerA, get("/suppliers/{id}", id).param("tab", "documents")))
                .contains("No documents recorded yet.");
        assertThat(page(f.officerA, get("/suppliers/new"))).contains("supplier-form");
        assertThat(page(f.officerA, get("/suppliers/import"))).contains("credit_code*");
    }

    @Test
    void theFormRejectsAWrongCreditCodeAndRegistersAValidOne() throws Exception {
        String code = SupplierFixtures.creditCode();
        String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
        String html = mvc.perform(post("/suppliers/new").with(users.as(f.officerA)).with(csrf())
                        .param("name", "表单" + f.tag).param("country", "CN").param("creditCode", wrong)
                        .param("orgUnitId", f.unitA.toString()).param("registeredOn", "2024-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("check character");

        mvc.perform(post("/suppliers/new").with(users.as(f.officerA)).with(csrf())
                        .param("name", "表单" + f.tag).param("country", "CN").param("creditCode", code)
                        .param("categories", "SOFTWARE").param("orgUnitId", f.unitA.toString())
                        .param("registeredOn", "2024-01-01"))
                .andExpect(redirectedUrlPattern("/suppliers/*"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supplier WHERE credit_code = ?", Long.class, code))
                .isEqualTo(1);
    }

    @Test
    void theStatusFormAppliesAndAnIllegalChoiceIsExplained() throws Exception {
        UUID id = f.create("st");
        mvc.perform(post("/suppliers/{id}/status", id).with(users.as(f.officerA)).with(csrf())
                        .param("status", "QUALIFIED").param("reason", "review passed").param("version", "0"))
                .andExpect(redirectedUrlPattern("/suppliers/*?tab=status"));
        assertThat(jdbc.queryForObject("SELECT status FROM supplier WHERE id = ?", String.class, id))
                .isEqualTo("QUALIFIED");
    }

    @Test
    void theImportScreenShowsDryRunErrorsByLine() throws Exception {
        String csv = "name,credit_code,country\n好" + f.tag + ",123,CN\n";
        String html = page(f.officerA, multipart("/suppliers/import/check")
                .file(new MockMultipartFile("file", "s.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(csrf()));
        assertThat(html).contains("import-errors").contains("credit_code").contains("18 characters");
    }

    @Test
    void screensSpeakChinese() throws Exception {
        UUID id = f.create("zh");
        preferences.changeLanguage(f.readerA, "zh-CN");
        assertThat(page(f.readerA, get("/suppliers").param("q", f.tag))).contains("供应商").contains("潜在供应商")
                .contains("区域分组");
        assertThat(page(f.readerA, get("/suppliers/{id}", id))).contains("统一社会信用代码").contains("IT 设备")
                .contains("中国大陆");
        assertThat(page(f.readerA, get("/suppliers").param("q", "none-" + f.tag))).contains("没有符合筛选条件的供应商。");
    }

    @Test
    void anotherUnitsSupplierPageIsNotFound() throws Exception {
        UUID other = f.create(f.officerB, f.mainland("o", f.unitB));
        mvc.perform(get("/suppliers/{id}", other).with(users.as(f.officerA))).andExpect(status().isNotFound());
    }
}
