package io.vigil.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.vigil.identity.OrgUnitType;
import io.vigil.identity.Role;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@VigilIntegrationTest
class ControlAndAuditScreensIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    final String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    UUID site;
    UUID manager;

    @BeforeEach
    void setUp() {
        site = users.unit(users.rootUnit(), "Screens " + tag, OrgUnitType.SITE);
        manager = users.user("scr-m", Role.COMPLIANCE_MANAGER, site, true);
    }

    @Test
    void controlFormShowsInlineErrorsThenCreatesAControlWhosePageTakesAnEvidenceUpload() throws Exception {
        mvc.perform(get("/compliance/controls/new").with(users.as(manager))).andExpect(status().isOk());
        mvc.perform(post("/compliance/controls/new").with(users.as(manager)).with(csrf())
                        .param("code", "").param("name", "Backups").param("orgUnitId", site.toString())
                        .param("type", "CORRECTIVE").param("frequency", "QUARTERLY")
                        .param("requirements", "ISO27001 A.8.13\nISO27001 Z.9.99").param("ownerUsername", "nobody-" + tag))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("ISO27001 Z.9.99")))
                .andExpect(content().string(containsString("nobody-" + tag)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cmp_control WHERE org_unit_id = ?", Integer.class, site))
                .isZero();

        String location = mvc.perform(post("/compliance/controls/new").with(users.as(manager)).with(csrf())
                        .param("code", "SCR-" + tag).param("name", "Backups").param("orgUnitId", site.toString())
                        .param("type", "CORRECTIVE").param("frequency", "QUARTERLY")
                        .param("requirements", "ISO27001 A.8.13\nMLPS-L3 8.1.10.11")
                        .param("ownerUsername", users.username(manager)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = jdbc.queryForObject("SELECT id FROM cmp_control WHERE code = ?", UUID.class, "SCR-" + tag);
        assertThat(location).isEqualTo("/compliance/controls/" + id);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cmp_control_requirement WHERE control_id = ?",
                Integer.class, id)).isEqualTo(2);

        mvc.perform(multipart("/compliance/controls/{id}/evidence/file", id)
                        .file(new MockMultipartFile("file", "restore.txt", "text/plain", "restored 42 files".getBytes()))
                        .param("title", "Restore log").with(users.as(manager)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String sha = jdbc.queryForObject("SELECT file_sha256 FROM cmp_evidence WHERE control_id = ?", String.class, id);
        mvc.perform(get("/compliance/controls/{id}", id).with(users.as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Restore log")))
                .andExpect(content().string(containsString(sha)))
                .andExpect(content().string(containsString("A.8.13")));
        mvc.perform(get("/compliance/controls/{id}/edit", id).with(users.as(manager)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("MLPS-L3 8.1.10.11")));
        mvc.perform(get("/compliance/controls").with(users.as(manager)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("SCR-" + tag)));
    }

    @Test
    void auditScreensPlanAnAuditRecordFindingsWithSeveralActionsAndRefuseANonAuditor() throws Exception {
        LocalDate start = LocalDate.now().plusDays(5);
        mvc.perform(post("/compliance/audits/new").with(users.as(manager)).with(csrf())
                        .param("title", "").param("type", "SURVEILLANCE").param("orgUnitId", site.toString())
                        .param("scope", "DC").param("plannedStart", start.toString())
                        .param("plannedEnd", start.minusDays(1).toString())
                        .param("externalAuditors", users.username(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-errors\"")))
                .andExpect(content().string(containsString(users.username(manager))));

        UUID external = users.user("scr-x", Role.EXTERNAL_AUDITOR, users.rootUnit(), false);
        mvc.perform(post("/compliance/audits/new").with(users.as(manager)).with(csrf())
                        .param("title", "Surveillance " + tag).param("type", "SURVEILLANCE")
                        .param("orgUnitId", site.toString()).param("scope", "DC " + tag)
                        .param("plannedStart", start.toString()).param("plannedEnd", start.plusDays(2).toString())
                        .param("plan", "Sample A.7 and A.8").param("externalAuditors", users.username(external)))
                .andExpect(status().is3xxRedirection());
        UUID audit = jdbc.queryForObject("SELECT id FROM cmp_audit WHERE title = ?", UUID.class, "Surveillance " + tag);
        mvc.perform(post("/compliance/audits/{id}/findings", audit).with(users.as(manager)).with(csrf())
                .param("severity", "MAJOR").param("title", "No restore tests " + tag))
                .andExpect(status().is3xxRedirection());
        UUID finding = jdbc.queryForObject("SELECT id FROM cmp_finding WHERE audit_id = ?", UUID.class, audit);
        for (String action : new String[] {"Schedule restore tests", "Train the backup team"}) {
            mvc.perform(post("/compliance/audits/{id}/findings/{f}/actions", audit, finding).with(users.as(manager))
                    .with(csrf()).param("rootCause", "No owner").param("action", action)
                    .param("dueOn", start.plusDays(30).toString())).andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cmp_corrective_action WHERE finding_id = ?",
                Integer.class, finding)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task WHERE kind = 'CORRECTIVE_ACTION' AND status = 'OPEN' "
                + "AND related_id IN (SELECT CAST(id AS VARCHAR) FROM cmp_corrective_action WHERE finding_id = ?)",
                Integer.class, finding)).isEqualTo(2);
        UUID first = jdbc.queryForObject("SELECT id FROM cmp_corrective_action WHERE finding_id = ? AND action = ?",
                UUID.class, finding, "Schedule restore tests");
        // verifying before the action is implemented is refused with a message naming what is allowed
        mvc.perform(post("/compliance/audits/{id}/actions/{a}/verify", audit, first).with(users.as(manager)).with(csrf())
                .param("version", "0").param("verification", "sampled")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/compliance/audits/{id}/actions/{a}/implemented", audit, first).with(users.as(manager))
                .with(csrf()).param("version", "0").param("note", "Task created")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/compliance/audits/{id}/actions/{a}/verify", audit, first).with(users.as(manager)).with(csrf())
                .param("version", "1").param("verification", "Two restores sampled").param("effective", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT status FROM cmp_corrective_action WHERE id = ?", String.class, first))
                .isEqualTo("CLOSED");

        mvc.perform(get("/compliance/audits/{id}", audit).with(users.as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No restore tests " + tag)))
                .andExpect(content().string(containsString("Train the backup team")))
                .andExpect(content().string(containsString("Two restores sampled")));
        mvc.perform(get("/compliance/audits/{id}/edit", audit).with(users.as(manager)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(users.username(external))));
        mvc.perform(get("/compliance/audits").with(users.as(manager)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Surveillance " + tag)));
        // the external auditor's window has not opened: the list is empty and the audit not found
        mvc.perform(get("/compliance/audits").with(users.as(external)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Surveillance " + tag))));
        mvc.perform(get("/compliance/audits/{id}", audit).with(users.as(external))).andExpect(status().isNotFound());
    }
}
