package io.vigil.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.risk.RiskLevel;
import org.junit.jupiter.api.Test;

class RiskMatrixTests {

    final RiskMatrix matrix = new RiskMatrix(new RiskProperties(5, 5, 5, 10, 15, 9, 3, 12));

    @Test
    void defaultMatrixBandsScoresIntoFourLevels() {
        assertThat(matrix.level(1, 4)).isEqualTo(RiskLevel.LOW);
        assertThat(matrix.level(1, 5)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(matrix.level(3, 3)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(matrix.level(2, 5)).isEqualTo(RiskLevel.HIGH);
        assertThat(matrix.level(3, 5)).isEqualTo(RiskLevel.CRITICAL);
        assertThat(matrix.level(5, 5)).isEqualTo(RiskLevel.CRITICAL);
    }

    @Test
    void levelsOutsideTheMatrixAreInvalid() {
        assertThat(matrix.validLikelihood(0)).isFalse();
        assertThat(matrix.validLikelihood(5)).isTrue();
        assertThat(matrix.validImpact(6)).isFalse();
    }

    @Test
    void bandsThatDoNotRiseAreRejectedAtStartUp() {
        assertThatThrownBy(() -> new RiskProperties(5, 5, 10, 5, 15, 9, 3, 12))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
