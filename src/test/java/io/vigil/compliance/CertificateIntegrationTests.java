package io.vigil.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.vigil.compliance.internal.CertificateReminderJob;
import io.vigil.identity.OrgUnitType;
import io.vigil.identity.Role;
import io.vigil.support.MutableClock;
import io.vigil.support.MutableClockConfiguration;
import io.vigil.support.TestUsers;
import io.vigil.support.VigilIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@VigilIntegrationTest
@Import(MutableClockConfiguration.class)
class CertificateIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    CertificateReminderJob job;

    final JsonMapper json = JsonMapper.builder().build();
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    UUID unit;
    UUID manager;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2027, 3, 1));
        unit = users.unit(users.rootUnit(), "DC " + tag, OrgUnitType.SITE);
        manager = users.user("cert", Role.COMPLIANCE_MANAGER, unit, true);
    }

    private String certificate(LocalDate expiresOn) throws Exception {
        var body = Map.of("standard", "ISO27001", "issuingBody", "BSI", "number", "IS " + tag,
                "scopeSites", List.of("DC-" + tag), "orgUnitId", unit, "issuedOn", expiresOn.minusYears(3).toString(),
                "expiresOn", expiresOn.toString());
        return JsonPath.read(mvc.perform(post("/api/v1/certificates").with(users.as(manager))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private int reminders(String certificateId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM task WHERE related_module = 'compliance' "
                + "AND related_type = 'Certificate' AND related_id = ? AND kind = 'CERTIFICATE_EXPIRY'",
                Integer.class, certificateId);
    }

    @Test
    void aCertificateExpiringWithin30DaysGetsOneReminderTask() throws Exception {
        String id = certificate(LocalDate.of(2027, 5, 1));
        job.run();
        assertThat(reminders(id)).isZero();

        clock.setDate(LocalDate.of(2027, 4, 2)); // 29 days before expiry
        job.run();
        job.run();
        assertThat(reminders(id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT due_date FROM task WHERE related_id = ? AND kind = 'CERTIFICATE_EXPIRY'",
                LocalDate.class, id)).isEqualTo(LocalDate.of(2027, 5, 1));
        mvc.perform(get("/api/v1/certificates/{id}", id).with(users.as(manager)))
                .andExpect(jsonPath("$.expiringSoon").value(true));
    }

    @Test
    void aCertificateWithoutSitesOrWithAnUnknownStandardIsRefused() throws Exception {
        var body = Map.of("standard", "ISO99999", "issuingBody", "BSI", "number", "X", "scopeSites", List.of(),
                "orgUnitId", unit, "issuedOn", "2026-01-01", "expiresOn", "2029-01-01");
        mvc.perform(post("/api/v1/certificates").with(users.as(manager)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).andExpect(status().isBadRequest());
    }

    @Test
    void aLevel3SystemNotAssessedForMoreThanAYearIsOverdue() throws Exception {
        String late = "Billing " + tag;
        for (var f : List.of(Map.of("systemName", late, "level", 3, "filingNumber", "11010099-" + tag,
                "orgUnitId", unit, "lastAssessedOn", "2026-02-01"),
                Map.of("systemName", "Portal " + tag, "level", 3, "filingNumber", "11010098-" + tag,
                        "orgUnitId", unit, "lastAssessedOn", "2026-06-01"))) {
            mvc.perform(post("/api/v1/mlps-filings").with(users.as(manager)).contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(f))).andExpect(status().isCreated());
        }
        mvc.perform(get("/api/v1/mlps-filings").param("size", "200").with(users.as(manager)))
                .andExpect(jsonPath("$.items[?(@.systemName == '" + late + "')].overdue").value(true))
                .andExpect(jsonPath("$.items[?(@.systemName == 'Portal " + tag + "')].overdue").value(false));
    }
}
