package io.vigil.supplier.internal;

import static io.vigil.supplier.SupplierStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.supplier.RegionGroup;
import org.junit.jupiter.api.Test;

class StatusTransitionsTests {

    @Test
    void blacklistedCanOnlyBeLiftedToUnqualified() {
        assertThat(StatusTransitions.allowedFrom(BLACKLISTED)).containsExactly(UNQUALIFIED);
        assertThat(StatusTransitions.isAllowed(BLACKLISTED, QUALIFIED)).isFalse();
    }

    @Test
    void prospectCannotJumpToPreferred() {
        assertThat(StatusTransitions.isAllowed(PROSPECT, PREFERRED)).isFalse();
        assertThat(StatusTransitions.isAllowed(QUALIFIED, PREFERRED)).isTrue();
    }

    @Test
    void rectificationEndsInQualifiedOrUnqualified() {
        assertThat(StatusTransitions.allowedFrom(RECTIFYING)).contains(QUALIFIED, UNQUALIFIED);
    }

    @Test
    void blacklistingNeedsOneApproverAndLiftingTwoWithAnAdminOrCiso() {
        assertThat(StatusTransitions.approvalFor(QUALIFIED, BLACKLISTED))
                .isEqualTo(new StatusTransitions.Approval(1, false));
        assertThat(StatusTransitions.approvalFor(BLACKLISTED, UNQUALIFIED))
                .isEqualTo(new StatusTransitions.Approval(2, true));
        assertThat(StatusTransitions.approvalFor(QUALIFIED, SUSPENDED).needed()).isFalse();
    }

    @Test
    void everyStatusHasAWayOut() {
        for (var status : io.vigil.supplier.SupplierStatus.values()) {
            assertThat(StatusTransitions.allowedFrom(status)).as(status.name()).isNotEmpty();
        }
    }

    @Test
    void regionGroupsFollowTheCountry() {
        assertThat(RegionGroup.of("CN")).isEqualTo(RegionGroup.MAINLAND);
        assertThat(RegionGroup.of("hk")).isEqualTo(RegionGroup.HKMT);
        assertThat(RegionGroup.of("MO")).isEqualTo(RegionGroup.HKMT);
        assertThat(RegionGroup.of("TW")).isEqualTo(RegionGroup.HKMT);
        assertThat(RegionGroup.of("SG")).isEqualTo(RegionGroup.OVERSEAS);
        assertThat(RegionGroup.of("DE")).isEqualTo(RegionGroup.OVERSEAS);
    }
}
