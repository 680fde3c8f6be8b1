package io.vigil.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.identity.OrgUnitType;
import io.vigil.identity.Role;
import io.vigil.support.MutableClock;
import io.vigil.support.MutableClockConfiguration;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * An external auditor named on an audit reads the audit's scope — the audit, its findings, the
 * controls, evidence files and assessments of its unit — while the fieldwork runs; writes are 403,
 * everything outside the scope 404, and after the window the scope is gone again.
 */
@VigilIntegrationTest
@Import(MutableClockConfiguration.class)
class ExternalAuditorAccessIntegrationTests {

    static final LocalDate START = LocalDate.of(2027, 6, 7);
    static final LocalDate END = LocalDate.of(2027, 6, 9);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    final JsonMapper json = JsonMapper.builder().build();
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    UUID site;
    UUID other;
    UUID manager;
    UUID external;
    UUID officer;

    @BeforeEach
    void setUp() {
        clock.setDate(START.minusDays(10));
        site = users.unit(users.rootUnit(), "Audited " + tag, OrgUnitType.SITE);
        other = users.unit(users.rootUnit(), "Elsewhere " + tag, OrgUnitType.SITE);
        manager = users.user("ext-m", Role.COMPLIANCE_MANAGER, users.rootUnit(), true);
        // an external auditor's role grants no standing access; the unit of the assignment does not matter
        external = users.user("ext-a", Role.EXTERNAL_AUDITOR, users.rootUnit(), false);
        officer = users.user("ext-o", Role.SECURITY_OFFICER, site, true);
    }

    @Test
    void namedExternalAuditorReadsTheScopeOnlyDuringFieldworkAndNeverWrites() throws Exception {
        String control = control(site, "IN");
        String outside = control(other, "OUT");
        byte[] pdf = ("restore test report " + tag).getBytes(StandardCharsets.UTF_8);
        String upload = mvc.perform(multipart("/api/v1/controls/{id}/evidence", control)
                        .file(new MockMultipartFile("file", "restore-test.pdf", "application/pdf", pdf))
                        .param("title", "Restore test report").param("collectedOn", START.minusDays(12).toString())
                        .with(users.as(manager)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("FILE"))
                .andExpect(jsonPath("$.fileName").value("restore-test.pdf"))
                .andExpect(jsonPath("$.fileSize").value(pdf.length))
                .andExpect(jsonPath("$.sha256").value(HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(pdf))))
                .andReturn().getResponse().getContentAsString();
        String download = JsonPath.read(upload, "$.downloadUrl");
        String assessment = JsonPath.read(postJson("/api/v1/assessments", Map.of("frameworkId", framework("ISO27001"),
                "name", "ISO " + tag, "scope", "Audited " + tag, "orgUnitId", site)), "$.id");
        String audit = audit("Surveillance " + tag, List.of(external));
        String otherAudit = audit("Internal " + tag, List.of());
        String finding = JsonPath.read(postJson("/api/v1/audits/" + audit + "/findings",
                Map.of("severity", "MINOR", "title", "Restore test late")), "$.id");

        // before the fieldwork: nothing
        mvc.perform(get("/api/v1/audits/{id}", audit).with(users.as(external))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/controls/{id}", control).with(users.as(external))).andExpect(status().isNotFound());

        clock.setDate(START.plusDays(1));
        mvc.perform(get("/api/v1/audits/{id}", audit).with(users.as(external))).andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[0].id").value(finding));
        mvc.perform(get("/api/v1/audits").with(users.as(external)))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains(audit)));
        mvc.perform(get("/api/v1/controls/{id}", control).with(users.as(external))).andExpect(status().isOk())
                .andExpect(jsonPath("$.evidence[0].sha256").isNotEmpty());
        mvc.perform(get("/api/v1/controls").param("size", "200").with(users.as(external)))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.hasItem(control)))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(outside))));
        mvc.perform(get(download).with(users.as(external))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andExpect(content().bytes(pdf));
        mvc.perform(get("/api/v1/assessments/{id}", assessment).with(users.as(external))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/assessments/{id}/soa.xlsx", assessment).with(users.as(external)))
                .andExpect(status().isOk());

        mvc.perform(get("/compliance/audits/{id}", audit).with(users.as(external))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("EXT-" + tag + "-IN")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("finding-form"))));
        mvc.perform(get("/compliance/controls/{id}", control).with(users.as(external))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("restore-test.pdf")));

        // outside the scope: another unit's control, another audit of the same unit, the frameworks
        mvc.perform(get("/api/v1/controls/{id}", outside).with(users.as(external))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/audits/{id}", otherAudit).with(users.as(external))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/frameworks").with(users.as(external))).andExpect(status().isForbidden());

        // never a write
        mvc.perform(post("/api/v1/audits/{id}/findings", audit).with(users.as(external))
                .contentType(MediaType.APPLICATION_JSON).content("{\"severity\":\"MINOR\",\"title\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/controls/{id}/tests", control).with(users.as(external))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"testedOn\":\"2027-06-08\",\"method\":\"x\",\"result\":\"EFFECTIVE\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/assessments/{id}/requirements/{r}/status", assessment,
                        requirement("ISO27001", "A.5.1")).with(users.as(external))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"COMPLIANT\",\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());

        // after the window closes the scope is gone
        clock.setDate(END.plusDays(1));
        mvc.perform(get("/api/v1/audits/{id}", audit).with(users.as(external))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/controls/{id}", control).with(users.as(external))).andExpect(status().isNotFound());
        mvc.perform(get(download).with(users.as(external))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/audits").with(users.as(external))).andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void onlyAuditorsCanBeNamedAndEvidenceFilesStayInTheirUnits() throws Exception {
        Map<String, Object> body = auditBody("Bad " + tag, List.of(officer));
        mvc.perform(post("/api/v1/audits").with(users.as(manager)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(officer.toString())));

        String control = control(site, "F");
        String upload = mvc.perform(multipart("/api/v1/controls/{id}/evidence", control)
                        .file(new MockMultipartFile("file", "scan.csv", "text/csv", "host,cve\n".getBytes()))
                        .with(users.as(manager)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String download = JsonPath.read(upload, "$.downloadUrl");
        UUID stranger = users.user("ext-s", Role.COMPLIANCE_MANAGER, other, true);
        mvc.perform(get(download).with(users.as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get(download).with(users.as(officer))).andExpect(status().isOk());
        UUID employee = users.user("ext-e", Role.EMPLOYEE, site, true);
        mvc.perform(get(download).with(users.as(employee))).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/controls/{id}/evidence", control)
                        .file(new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0]))
                        .with(users.as(manager)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = ?",
                Integer.class, control, "EVIDENCE_ADDED")).isEqualTo(1);
    }

    private String audit(String title, List<UUID> externals) throws Exception {
        return JsonPath.read(postJson("/api/v1/audits", auditBody(title, externals)), "$.id");
    }

    private Map<String, Object> auditBody(String title, List<UUID> externals) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("type", "SURVEILLANCE");
        body.put("orgUnitId", site);
        body.put("scope", "Data centre " + tag);
        body.put("plannedStart", START.toString());
        body.put("plannedEnd", END.toString());
        body.put("externalAuditorIds", externals);
        return body;
    }

    private String control(UUID unit, String suffix) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "EXT-" + tag + "-" + suffix);
        body.put("name", "Backup restore test " + suffix);
        body.put("orgUnitId", unit);
        body.put("type", "CORRECTIVE");
        body.put("frequency", "QUARTERLY");
        body.put("requirementIds", List.of(requirement("ISO27001", "A.8.13")));
        return JsonPath.read(postJson("/api/v1/controls", body), "$.id");
    }

    private String postJson(String url, Object body) throws Exception {
        return mvc.perform(post(url).with(users.as(manager)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private UUID framework(String code) {
        return jdbc.queryForObject("SELECT id FROM cmp_framework WHERE code = ?", UUID.class, code);
    }

    private UUID requirement(String code, String ref) {
        return jdbc.queryForObject("SELECT r.id FROM cmp_requirement r JOIN cmp_framework f ON f.id = r.framework_id "
                + "WHERE f.code = ? AND r.ref = ?", UUID.class, code, ref);
    }
}
