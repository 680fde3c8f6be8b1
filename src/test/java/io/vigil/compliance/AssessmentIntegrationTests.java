package io.vigil.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.identity.OrgUnitType;
import io.vigil.identity.Role;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import io.vigil.task.RelatedRecord;
import io.vigil.task.TaskFilter;
import io.vigil.task.Tasks;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@VigilIntegrationTest
class AssessmentIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Tasks tasks;

    final JsonMapper json = JsonMapper.builder().build();
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    UUID unit;
    UUID otherUnit;
    UUID manager;
    UUID outsider;

    @BeforeEach
    void setUp() {
        unit = users.unit(users.rootUnit(), "Site " + tag, OrgUnitType.SITE);
        otherUnit = users.unit(users.rootUnit(), "Other " + tag, OrgUnitType.SITE);
        manager = users.user("cmp-a", Role.COMPLIANCE_MANAGER, unit, true);
        outsider = users.user("cmp-o", Role.COMPLIANCE_MANAGER, otherUnit, true);
    }

    private UUID framework(String code) {
        return jdbc.queryForObject("SELECT id FROM cmp_framework WHERE code = ?", UUID.class, code);
    }

    private UUID requirement(String code, String ref) {
        return jdbc.queryForObject("SELECT r.id FROM cmp_requirement r JOIN cmp_framework f ON f.id = r.framework_id "
                + "WHERE f.code = ? AND r.ref = ?", UUID.class, code, ref);
    }

    private String post(String url, Object body, UUID as) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
                        .with(users.as(as)).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private String control(String code, List<UUID> requirements) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Monthly vulnerability scanning " + tag);
        body.put("orgUnitId", unit);
        body.put("type", "DETECTIVE");
        body.put("frequency", "MONTHLY");
        body.put("requirementIds", requirements);
        body.put("assetIds", List.of(UUID.randomUUID()));
        return JsonPath.read(post("/api/v1/controls", body, manager), "$.id");
    }

    private String assessment(String frameworkCode) throws Exception {
        return JsonPath.read(post("/api/v1/assessments", Map.of("frameworkId", framework(frameworkCode),
                "name", frameworkCode + " " + tag, "scope", "DC-" + tag, "orgUnitId", unit), manager), "$.id");
    }

    private String statusOf(String assessmentId, String ref) throws Exception {
        String body = mvc.perform(get("/api/v1/assessments/{id}", assessmentId).with(users.as(manager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> statuses = JsonPath.read(body, "$.requirements[?(@.ref == '" + ref + "')].status");
        return statuses.get(0);
    }

    @Test
    void aControlMappedToIso27001A88AndAnMlpsRequirementCountsInBothAssessments() throws Exception {
        String controlId = control("VS-" + tag, List.of(requirement("ISO27001", "A.8.8"),
                requirement("MLPS-L3", "8.1.4.4")));
        String iso = assessment("ISO27001");
        String mlps = assessment("MLPS-L3");
        String soc2 = assessment("SOC2");
        assertThat(statusOf(iso, "A.8.8")).isEqualTo("NOT_ASSESSED");

        post("/api/v1/controls/" + controlId + "/tests", Map.of("testedOn", LocalDate.now().minusDays(1).toString(),
                "method", "Re-performed the scan and reviewed tickets", "result", "EFFECTIVE"), manager);

        assertThat(statusOf(iso, "A.8.8")).isEqualTo("COMPLIANT");
        assertThat(statusOf(mlps, "8.1.4.4")).isEqualTo("COMPLIANT");
        // through the shipped mappings A.8.8 = MLPS 8.1.10.5 and A.8.8 ∩ SOC 2 CC7.1
        assertThat(statusOf(mlps, "8.1.10.5")).isEqualTo("COMPLIANT");
        assertThat(statusOf(soc2, "CC7.1")).isEqualTo("COMPLIANT");
        assertThat(statusOf(iso, "A.8.9")).isEqualTo("NOT_ASSESSED");

        post("/api/v1/controls/" + controlId + "/tests", Map.of("testedOn", LocalDate.now().toString(),
                "method", "Sample of 10 hosts", "result", "INEFFECTIVE"), manager);
        assertThat(statusOf(iso, "A.8.8")).isEqualTo("NON_COMPLIANT");
        mvc.perform(get("/api/v1/assessments/{id}", iso).with(users.as(manager)))
                .andExpect(jsonPath("$.requirements[?(@.ref == 'A.8.8')].flagged").value(true))
                .andExpect(jsonPath("$.gaps").value(1))
                .andExpect(jsonPath("$.requirementCount").value(116));
        mvc.perform(get("/api/v1/controls/{id}", controlId).with(users.as(manager)))
                .andExpect(jsonPath("$.flagged").value(true))
                .andExpect(jsonPath("$.tests.length()").value(2));

        // the gap becomes a finding whose corrective action is then tracked
        String gaps = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/assessments/{id}/gaps", iso).with(users.as(manager)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.findings").value(1))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/v1/audits/{id}", (String) JsonPath.read(gaps, "$.auditId")).with(users.as(manager)))
                .andExpect(jsonPath("$.findings[0].severity").value("MINOR"))
                .andExpect(jsonPath("$.findings[0].title").value(org.hamcrest.Matchers.startsWith("A.8.8")));
    }

    @Test
    void aDerivedStatusIsOverriddenOnlyWithAReason() throws Exception {
        String iso = assessment("ISO27001");
        UUID a51 = requirement("ISO27001", "A.5.1");
        mvc.perform(put("/api/v1/assessments/{id}/requirements/{r}/status", iso, a51).with(users.as(manager))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"COMPLIANT\"}"))
                .andExpect(status().isBadRequest());
        assertThat(statusOf(iso, "A.5.1")).isEqualTo("NOT_ASSESSED");
        mvc.perform(put("/api/v1/assessments/{id}/requirements/{r}/status", iso, a51).with(users.as(manager))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"COMPLIANT\",\"reason\":\"Policy approved by the board\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(0));
        mvc.perform(get("/api/v1/assessments/{id}", iso).with(users.as(manager)))
                .andExpect(jsonPath("$.requirements[?(@.ref == 'A.5.1')].status").value("COMPLIANT"))
                .andExpect(jsonPath("$.requirements[?(@.ref == 'A.5.1')].derived").value(false))
                .andExpect(jsonPath("$.requirements[?(@.ref == 'A.5.1')].reason").value("Policy approved by the board"));
        // a stale version is refused
        mvc.perform(put("/api/v1/assessments/{id}/requirements/{r}/status", iso, a51).with(users.as(manager))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"PARTLY\",\"reason\":\"x\",\"version\":7}"))
                .andExpect(status().isConflict());
    }

    @Test
    void anotherUnitsAssessmentIsNotFound() throws Exception {
        String iso = assessment("ISO27001");
        mvc.perform(get("/api/v1/assessments/{id}", iso).with(users.as(outsider))).andExpect(status().isNotFound());
    }

    @Test
    void creatingAControlOpensItsTestTaskAndATestClosesItAndSchedulesTheNext() throws Exception {
        String controlId = control("TT-" + tag, List.of(requirement("ISO27001", "A.8.13")));
        var related = new RelatedRecord("compliance", "Control", controlId, "/compliance/controls/" + controlId);
        Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM task WHERE related_id = ? AND status = 'OPEN'",
                Integer.class, controlId);
        assertThat(open).isEqualTo(1);
        post("/api/v1/controls/" + controlId + "/tests", Map.of("testedOn", LocalDate.now().toString(),
                "method", "Restore test", "result", "EFFECTIVE"), manager);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task WHERE related_id = ? AND status = 'DONE'",
                Integer.class, controlId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT due_date FROM task WHERE related_id = ? AND status = 'OPEN'",
                LocalDate.class, controlId)).isEqualTo(LocalDate.now().plusMonths(1));
        assertThat(related.id()).isEqualTo(controlId);
    }

    @Test
    void statementOfApplicabilityExportsOpenAsXlsxAndPdf() throws Exception {
        String iso = assessment("ISO27001");
        mvc.perform(put("/api/v1/assessments/{id}/requirements/{r}/applicability", iso,
                        requirement("ISO27001", "A.8.30")).with(users.as(manager)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicable\":false,\"justification\":\"No outsourced development\"}"))
                .andExpect(status().isOk());
        byte[] xlsx = mvc.perform(get("/api/v1/assessments/{id}/soa.xlsx", iso).with(users.as(manager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + 93);
            boolean found = false;
            for (var row : sheet) {
                if ("A.8.30".equals(row.getCell(0).getStringCellValue())) {
                    assertThat(row.getCell(2).getStringCellValue()).isEqualTo("No");
                    assertThat(row.getCell(3).getStringCellValue()).isEqualTo("No outsourced development");
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
        byte[] pdf = mvc.perform(get("/api/v1/assessments/{id}/soa.pdf", iso).with(users.as(manager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isPositive();
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Statement of Applicability").contains("A.5.1");
        reader.close();
    }
}
