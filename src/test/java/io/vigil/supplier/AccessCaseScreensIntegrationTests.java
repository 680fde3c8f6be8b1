package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.identity.Role;
import io.vigil.identity.internal.Preferences;
import io.vigil.support.MutableClock;
import io.vigil.support.MutableClockConfiguration;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The access-case screens walk a case through its stages in Chinese, with inline validation. */
@VigilIntegrationTest
@Import(MutableClockConfiguration.class)
class AccessCaseScreensIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Preferences preferences;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    SupplierFixtures f;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 3, 2));
        f = new SupplierFixtures(users, mvc);
    }

    String page(UUID user, String path, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String submit(UUID user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    void redirects(UUID user, MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(users.as(user)).with(csrf())).andExpect(redirectedUrlPattern("/suppliers/access-cases/*"));
    }

    String caseId(UUID supplier) {
        return jdbc.queryForObject("SELECT id FROM supplier_access_case WHERE supplier_id = ?", UUID.class, supplier)
                .toString();
    }

    @Test
    void aCaseIsRunFromTheScreensInChinese() throws Exception {
        UUID officer2 = users.user("officer-2", Role.PROCUREMENT_OFFICER, f.unitA, true);
        preferences.changeLanguage(f.officerA, "zh-CN");
        preferences.changeLanguage(f.managerA, "zh-CN");
        UUID supplier = f.create("scr");
        assertThat(page(f.officerA, "/suppliers/{id}", supplier)).contains("发起准入案例").contains("open-access-case");

        String form = submit(f.officerA, post("/suppliers/access-cases/new").param("supplier", supplier.toString())
                .param("kind", "EXPRESS"));
        assertThat(form).contains("is-invalid").contains("必填。").contains("快速准入理由");
        redirects(f.officerA, post("/suppliers/access-cases/new").param("supplier", supplier.toString())
                .param("kind", "STANDARD"));
        String c = caseId(supplier);

        String detail = page(f.officerA, "/suppliers/access-cases/{id}", c);
        assertThat(detail).contains("资质审查").contains("stage-form").contains("利益冲突").contains("declaration-form");
        String invalid = submit(f.officerA, post("/suppliers/access-cases/{id}/stage", c));
        assertThat(invalid).contains("is-invalid").contains("必填。");
        redirects(f.officerA, post("/suppliers/access-cases/{id}/declaration", c).param("conflict", "false"));
        redirects(f.officerA, post("/suppliers/access-cases/{id}/stage", c).param("verdict", "PASS")
                .param("documents", "营业执照、ISO 9001 已核验"));
        String score = submit(f.officerA, post("/suppliers/access-cases/{id}/stage", c)
                .param("inspectionDate", "2026-03-02").param("inspectors", "张三").param("score", "120"));
        assertThat(score).contains("请输入 0 到 100 之间的分数。");
        redirects(f.officerA, post("/suppliers/access-cases/{id}/stage", c).param("inspectionDate", "2026-03-02")
                .param("inspectors", "张三").param("score", "88").param("findings", "机房整洁"));
        redirects(f.officerA, post("/suppliers/access-cases/{id}/stage", c).param("testResult", "通过")
                .param("securityQuestionnaireScore", "90"));

        assertThat(page(f.officerA, "/suppliers/access-cases/{id}", c)).contains("announcement-form").contains("发布入围公示");
        redirects(f.officerA, post("/suppliers/access-cases/{id}/announcement", c).param("publishedOn", "2026-03-02")
                .param("objectionWindowDays", "3"));
        redirects(f.officerA, post("/suppliers/access-cases/{id}/objections", c).param("objector", "某投标人")
                .param("text", "报价不合理"));
        String shortlist = page(f.officerA, "/suppliers/access-cases/{id}", c);
        assertThat(shortlist).contains("异议期中").contains("1 条未处理").contains("某投标人").contains("2026-03-05");
        assertThat(submit(f.officerA, post("/suppliers/access-cases/{id}/stage", c)))
                .contains("action-error").contains("异议期截至 2026-03-05");

        clock.setDate(LocalDate.of(2026, 3, 6));
        String objection = jdbc.queryForObject("SELECT id FROM supplier_access_objection WHERE case_id = ?",
                UUID.class, UUID.fromString(c)).toString();
        assertThat(submit(f.officerA, post("/suppliers/access-cases/{id}/objections/{o}/resolve", c, objection)))
                .contains("is-invalid");
        redirects(f.officerA, post("/suppliers/access-cases/{id}/objections/{o}/resolve", c, objection)
                .param("resolution", "已核实，报价合理"));
        redirects(f.officerA, post("/suppliers/access-cases/{id}/stage", c));

        assertThat(page(f.officerA, "/suppliers/access-cases/{id}", c)).contains("owner-note")
                .doesNotContain("id=\"vote-form\"");
        redirects(officer2, post("/suppliers/access-cases/{id}/declaration", c).param("conflict", "false"));
        redirects(officer2, post("/suppliers/access-cases/{id}/votes", c).param("vote", "APPROVE")
                .param("reason", "资质齐全"));
        redirects(f.managerA, post("/suppliers/access-cases/{id}/declaration", c).param("conflict", "false"));
        assertThat(page(f.managerA, "/suppliers/access-cases/{id}", c)).contains("vote-form").contains("decision-form")
                .contains("资质齐全").contains("同意");
        redirects(f.managerA, post("/suppliers/access-cases/{id}/decision", c).param("outcome", "APPROVE")
                .param("reason", "委员会一致同意"));

        String done = page(f.managerA, "/suppliers/access-cases/{id}", c);
        assertThat(done).contains("已批准").contains("委员会一致同意").contains("最终评选");
        assertThat(page(f.officerA, "/suppliers/access-cases")).contains("准入案例").contains("测试供应商" + f.tag + "scr");
        assertThat(page(f.officerA, "/suppliers/access-cases?stage=FINAL_SELECTION&state=OPEN"))
                .contains("没有符合筛选条件的准入案例。");
        String funnel = page(f.officerA, "/suppliers/access-cases/funnel");
        assertThat(funnel).contains("准入漏斗").contains("funnel-cases-chart").contains("supplier-access-funnel.js")
                .contains("耗时中位数（天）").contains("入围公示");
    }

    @Test
    void anotherUnitsCasePageIsNotFound() throws Exception {
        UUID supplier = f.create("hid");
        redirects(f.officerA, post("/suppliers/access-cases/new").param("supplier", supplier.toString())
                .param("kind", "STANDARD"));
        mvc.perform(get("/suppliers/access-cases/{id}", caseId(supplier)).with(users.as(f.officerB)))
                .andExpect(status().isNotFound());
    }
}
