package io.vigil.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.identity.Role;
import io.vigil.identity.internal.Preferences;
import io.vigil.support.MutableClock;
import io.vigil.support.MutableClockConfiguration;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A known fixture in a fresh unit A (three suppliers, one document expiring in 40 days, one open
 * case) and a supplier in unit B that nobody in A may count.
 */
@VigilIntegrationTest
@Import(MutableClockConfiguration.class)
class SupplierDashboardIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Preferences preferences;

    @Autowired
    MutableClock clock;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    SupplierFixtures f;
    UUID complete;
    UUID committeeA;

    @BeforeEach
    void setUp() throws Exception {
        clock.setDate(LocalDate.of(2026, 6, 1));
        f = new SupplierFixtures(users, mvc);
        committeeA = users.user("committee-a", Role.AUDIT_COMMITTEE, f.unitA, true);
        complete = f.create("complete");
        UUID prospect = f.create("prospect");
        Map<String, Object> hk = new HashMap<>(f.mainland("hk", f.unitA));
        hk.remove("creditCode");
        hk.put("country", "HK");
        hk.put("registrationNumber", "HK-" + f.tag);
        f.create(f.officerA, hk);
        f.create(f.officerB, f.mainland("b", f.unitB));
        document(complete, "BUSINESS_LICENCE", null);
        document(complete, "ISO9001", "2026-07-11");
        mvc.perform(post("/api/v1/suppliers/{id}/access-cases", prospect).with(users.as(f.officerA))
                .contentType(MediaType.APPLICATION_JSON).content(f.toJson(Map.of("kind", "STANDARD"))))
                .andExpect(status().isCreated());
    }

    void document(UUID id, String type, String validTo) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("type", type, "number", type + "-" + f.tag,
                "issuer", "CQC", "validFrom", "2024-01-01"));
        body.put("validTo", validTo);
        mvc.perform(post("/api/v1/suppliers/{id}/documents", id).with(users.as(f.officerA))
                .contentType(MediaType.APPLICATION_JSON).content(f.toJson(body))).andExpect(status().isCreated());
    }

    ResultActions expectUnitANumbers(UUID user) throws Exception {
        return mvc.perform(get("/api/v1/suppliers/dashboard").with(users.as(user)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2026-06-01"))
                .andExpect(jsonPath("$.suppliers.total").value(3))
                .andExpect(jsonPath("$.suppliers.byRegion.MAINLAND").value(2))
                .andExpect(jsonPath("$.suppliers.byRegion.HKMT").value(1))
                .andExpect(jsonPath("$.suppliers.byRegion.OVERSEAS").value(0))
                .andExpect(jsonPath("$.suppliers.byStatus.PROSPECT").value(3))
                .andExpect(jsonPath("$.suppliers.byCategory.IT_EQUIPMENT").value(3))
                .andExpect(jsonPath("$.onboarding.open").value(1))
                .andExpect(jsonPath("$.onboarding.openByStage.QUALIFICATION_REVIEW.STANDARD").value(1))
                .andExpect(jsonPath("$.onboarding.openByStage.FINAL_SELECTION.STANDARD").value(0))
                .andExpect(jsonPath("$.expiringDocuments.count").value(1))
                .andExpect(jsonPath("$.expiringDocuments.items[0].type").value("ISO9001"))
                .andExpect(jsonPath("$.expiringDocuments.items[0].daysLeft").value(40))
                .andExpect(jsonPath("$.expiringDocuments.items[0].supplierId").value(complete.toString()))
                // the two without documents; the complete one holds both required types
                .andExpect(jsonPath("$.flaggedSuppliers.count").value(2))
                .andExpect(jsonPath("$.flaggedSuppliers.items[?(@.supplierId == '" + complete + "')]").isEmpty());
    }

    @Test
    void procurementStaffAndTheCommitteeSeeTheNumbersOfTheirOwnUnits() throws Exception {
        expectUnitANumbers(f.officerA);
        expectUnitANumbers(committeeA);
        mvc.perform(get("/api/v1/suppliers/dashboard").with(users.as(f.officerB)))
                .andExpect(jsonPath("$.suppliers.total").value(1))
                .andExpect(jsonPath("$.onboarding.open").value(0))
                .andExpect(jsonPath("$.expiringDocuments.count").value(0));
    }

    @Test
    void reviewScoresCountEachSuppliersLatestSnapshotAndRectificationListsOpenPlansByDeadline() throws Exception {
        UUID other = f.create("reviewed");
        snapshot(complete, "2025", 62.0, "C", "2025-12-20T10:00:00Z");
        snapshot(complete, "2026-H1", 91.5, "A", "2026-05-20T10:00:00Z");
        snapshot(other, "2026-H1", 80.0, "B", "2026-05-21T10:00:00Z");
        plan(complete, "OPEN", "2026-05-15");
        plan(other, "OPEN", "2026-07-01");
        plan(other, "PASSED", "2026-03-01");

        mvc.perform(get("/api/v1/suppliers/dashboard").with(users.as(f.officerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviewScores.reviewed").value(2))
                .andExpect(jsonPath("$.reviewScores.byGrade.A").value(1))
                .andExpect(jsonPath("$.reviewScores.byGrade.B").value(1))
                .andExpect(jsonPath("$.reviewScores.byGrade.C").value(0))
                .andExpect(jsonPath("$.reviewScores['byBand']['90–100']").value(1))
                .andExpect(jsonPath("$.reviewScores.mean").value(85.8))
                .andExpect(jsonPath("$.rectificationDeadlines.open").value(2))
                .andExpect(jsonPath("$.rectificationDeadlines.overdue").value(1))
                .andExpect(jsonPath("$.rectificationDeadlines.items[0].supplierId").value(complete.toString()))
                .andExpect(jsonPath("$.rectificationDeadlines.items[0].overdue").value(true));
        // unit B sees none of it
        mvc.perform(get("/api/v1/suppliers/dashboard").with(users.as(f.officerB)))
                .andExpect(jsonPath("$.reviewScores.reviewed").value(0))
                .andExpect(jsonPath("$.rectificationDeadlines.open").value(0));
        String html = mvc.perform(get("/suppliers/dashboard").with(users.as(committeeA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"reviewScores\"").contains("id=\"rectification-deadlines\"");
    }

    void snapshot(UUID supplier, String period, double score, String grade, String completedAt) {
        UUID review = UUID.randomUUID();
        jdbc.update("INSERT INTO supplier_review (id, supplier_id, period, period_start, due_date, state, score, grade,"
                + " opened_at, completed_at, version) VALUES (?, ?, ?, DATE '2025-01-01', DATE '2026-12-31', 'COMPLETED',"
                + " ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)", review, supplier, period, score, grade);
        jdbc.update("INSERT INTO supplier_review_snapshot (review_id, supplier_id, period, score, grade, content,"
                + " completed_by, completed_at) VALUES (?, ?, ?, ?, ?, '{}', ?, ?)", review, supplier, period, score, grade,
                f.officerA, java.sql.Timestamp.from(java.time.Instant.parse(completedAt)));
    }

    void plan(UUID supplier, String state, String due) {
        jdbc.update("INSERT INTO supplier_rectification_plan (id, supplier_id, state, issues, due_date, opened_at, version)"
                + " VALUES (?, ?, ?, 'late deliveries', ?, CURRENT_TIMESTAMP, 0)", UUID.randomUUID(), supplier, state,
                java.sql.Date.valueOf(due));
    }

    @Test
    void aDocumentOutsideTheNinetyDayWindowIsNotExpiring() throws Exception {
        clock.setDate(LocalDate.of(2026, 4, 1)); // 101 days before the ISO 9001 certificate ends
        mvc.perform(get("/api/v1/suppliers/dashboard").with(users.as(f.officerA)))
                .andExpect(jsonPath("$.expiringDocuments.count").value(0));
    }

    @Test
    void peopleWithoutSupplierOrReportingPermissionAreRefused() throws Exception {
        UUID employee = users.user("employee", Role.EMPLOYEE, f.unitA, true);
        mvc.perform(get("/api/v1/suppliers/dashboard").with(users.as(employee))).andExpect(status().isForbidden());
    }

    @Test
    void theDashboardPageRendersChartsDataAndSpeaksChinese() throws Exception {
        preferences.changeLanguage(committeeA, "zh-CN");
        String html = mvc.perform(get("/suppliers/dashboard").with(users.as(committeeA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("SRM 看板").contains("按地区分组").contains("准入流程").contains("资质审查")
                .contains("90 天内到期的文档（1）").contains("ISO 9001 证书")
                .contains("data-source=\"supplier-by-region\"").contains("data-value=\"2\"")
                .contains("/js/supplier-dashboard.js").doesNotContain("<script>");
        for (String section : List.of("suppliers", "onboarding", "expiringDocuments", "flaggedSuppliers")) {
            assertThat(html).contains("id=\"" + section + "\"");
        }
    }
}
