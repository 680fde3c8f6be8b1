package io.vigil.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.compliance.ComplianceStatus;
import io.vigil.compliance.Freshness;
import io.vigil.compliance.TestResult;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StatusRulesTests {

    private static ControlCoverage.ControlState state(TestResult result, Freshness evidence) {
        return new ControlCoverage.ControlState(UUID.randomUUID(), "C", UUID.randomUUID(), result,
                result == null ? null : LocalDate.of(2027, 1, 1), evidence);
    }

    @Test
    void statusIsDerivedFromTheLatestTestsOfTheControlsThatCount() {
        assertThat(AssessmentService.derive(List.of())).isEqualTo(ComplianceStatus.NOT_ASSESSED);
        assertThat(AssessmentService.derive(List.of(state(null, null)))).isEqualTo(ComplianceStatus.NOT_ASSESSED);
        assertThat(AssessmentService.derive(List.of(state(TestResult.EFFECTIVE, null), state(null, null))))
                .isEqualTo(ComplianceStatus.COMPLIANT);
        assertThat(AssessmentService.derive(List.of(state(TestResult.EFFECTIVE, null), state(TestResult.INEFFECTIVE, null))))
                .isEqualTo(ComplianceStatus.PARTLY);
        assertThat(AssessmentService.derive(List.of(state(TestResult.INEFFECTIVE, null))))
                .isEqualTo(ComplianceStatus.NON_COMPLIANT);
        assertThat(AssessmentService.derive(List.of(state(TestResult.PARTLY, null)))).isEqualTo(ComplianceStatus.PARTLY);
    }

    @Test
    void evidenceIsFreshExpiringWithin30DaysOrStaleAfterItsValidity() {
        LocalDate today = LocalDate.of(2027, 1, 1);
        assertThat(Freshness.of(null, today)).isEqualTo(Freshness.FRESH);
        assertThat(Freshness.of(today.plusDays(31), today)).isEqualTo(Freshness.FRESH);
        assertThat(Freshness.of(today.plusDays(30), today)).isEqualTo(Freshness.EXPIRING);
        assertThat(Freshness.of(today, today)).isEqualTo(Freshness.EXPIRING);
        assertThat(Freshness.of(today.minusDays(1), today)).isEqualTo(Freshness.STALE);
    }

    @Test
    void aControlIsFlaggedForAFailedLastTestOrStaleEvidence() {
        assertThat(state(TestResult.INEFFECTIVE, Freshness.FRESH).flagged()).isTrue();
        assertThat(state(TestResult.EFFECTIVE, Freshness.STALE).flagged()).isTrue();
        assertThat(state(TestResult.PARTLY, Freshness.EXPIRING).flagged()).isFalse();
    }

    @Test
    void oscalIdsAreTokensAndProfileHrefsMatchCatalogsByBaseName() {
        assertThat(OscalExporter.token("A.8.8")).isEqualTo("a.8.8");
        assertThat(OscalExporter.token("8.1.4")).isEqualTo("r-8.1.4");
        assertThat(OscalExporter.token("ac-2.1")).isEqualTo("ac-2.1");
        assertThat(FrameworkService.stem("NIST_SP-800-53_rev5_catalog.xml"))
                .isEqualTo(FrameworkService.stem("dir/NIST_SP-800-53_rev5_catalog.json"));
    }
}
