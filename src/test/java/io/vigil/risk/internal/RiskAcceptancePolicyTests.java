package io.vigil.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.risk.RiskLevel;
import io.vigil.risk.internal.RiskAcceptancePolicy.Approver;
import org.junit.jupiter.api.Test;

class RiskAcceptancePolicyTests {

    static final int APPETITE = 9;
    static final Approver APPROVER = new Approver(true, false, false);
    static final Approver CISO = new Approver(true, true, false);

    @Test
    void anyApproverMayAcceptLowAndMediumRisksWithinTheAppetite() {
        assertThat(RiskAcceptancePolicy.refusal(RiskLevel.LOW, 3, APPETITE, APPROVER)).isEmpty();
        assertThat(RiskAcceptancePolicy.refusal(RiskLevel.MEDIUM, 9, APPETITE, APPROVER)).isEmpty();
    }

    @Test
    void highAndCriticalRisksNeedTheCiso() {
        assertThat(RiskAcceptancePolicy.refusal(RiskLevel.HIGH, 12, 30, APPROVER))
                .contains("risk.accept.refused.needsCiso");
        assertThat(RiskAcceptancePolicy.refusal(RiskLevel.CRITICAL, 20, 30, APPROVER))
                .contains("risk.accept.refused.needsCiso");
        assertThat(RiskAcceptancePolicy.refusal(RiskLevel.CRITICAL, 25, APPETITE, CISO)).isEmpty();
    }

    @Test
    void aScoreAboveTheAppetiteNeedsTheCisoEvenInALowerBand() {
        assertThat(RiskAcceptancePolicy.refusal(RiskLevel.MEDIUM, 8, 6, APPROVER))
                .contains("risk.accept.refused.aboveAppetite");
        assertThat(RiskAcceptancePolicy.refusal(RiskLevel.MEDIUM, 8, 6, CISO)).isEmpty();
    }

    @Test
    void nobodyAcceptsTheirOwnRiskAndNobodyWithoutTheApprovePermission() {
        assertThat(RiskAcceptancePolicy.refusal(RiskLevel.LOW, 2, APPETITE, new Approver(true, true, true)))
                .contains("risk.accept.refused.owner");
        assertThat(RiskAcceptancePolicy.refusal(RiskLevel.LOW, 2, APPETITE, new Approver(false, false, false)))
                .contains("risk.accept.refused.noPermission");
    }
}
