package io.vigil.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.support.VigilIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

@VigilIntegrationTest
@ActiveProfiles({"test", "demo"})
class ComplianceDemoDataIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyDataCentreSiteHasIso27001AndMlpsAssessmentsCertificatesAndTestedControls() {
        for (String site : new String[] {"DC-BJ", "DC-SH", "DC-GZ"}) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cmp_assessment a JOIN cmp_framework f "
                    + "ON f.id = a.framework_id WHERE a.scope = ? AND f.code IN ('ISO27001', 'MLPS-L3')",
                    Integer.class, site)).as(site).isEqualTo(2);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cmp_certificate WHERE scope_sites = ?",
                    Integer.class, site)).as(site).isGreaterThanOrEqualTo(3);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cmp_control_test t JOIN cmp_control c "
                    + "ON c.id = t.control_id WHERE c.code LIKE ?", Integer.class, site + "-%")).as(site).isPositive();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cmp_audit WHERE scope = ?", Integer.class, site))
                    .as(site).isGreaterThanOrEqualTo(5);
        }
    }
}
