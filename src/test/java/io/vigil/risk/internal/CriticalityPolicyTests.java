package io.vigil.risk.internal;

import static io.vigil.risk.DataClassification.*;
import static io.vigil.risk.PersonalInformation.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CriticalityPolicyTests {

    @Test
    void criticalityIsTheHighestOfTheThreeRatingsForGeneralDataWithoutPersonalInformation() {
        assertThat(CriticalityPolicy.criticality(2, 4, 3, GENERAL, NONE)).isEqualTo(4);
        assertThat(CriticalityPolicy.criticality(1, 1, 1, GENERAL, NONE)).isEqualTo(1);
    }

    @Test
    void coreDataMakesAnAssetVeryHighlyCriticalWhateverItsRatings() {
        assertThat(CriticalityPolicy.criticality(1, 1, 1, CORE, NONE)).isEqualTo(5);
    }

    @Test
    void importantDataOrSensitivePersonalInformationRaisesCriticalityToAtLeastFour() {
        assertThat(CriticalityPolicy.criticality(2, 2, 2, IMPORTANT, NONE)).isEqualTo(4);
        assertThat(CriticalityPolicy.criticality(2, 2, 2, GENERAL, SENSITIVE)).isEqualTo(4);
        assertThat(CriticalityPolicy.criticality(5, 2, 2, IMPORTANT, NONE)).isEqualTo(5);
    }

    @Test
    void personalInformationRaisesCriticalityToAtLeastThree() {
        assertThat(CriticalityPolicy.criticality(1, 2, 1, GENERAL, PERSONAL)).isEqualTo(3);
        assertThat(CriticalityPolicy.criticality(4, 2, 1, GENERAL, PERSONAL)).isEqualTo(4);
    }
}
