package io.vigil.risk.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vigil.risk.*}: the risk matrix (likelihood × impact levels, the score bands of the four
 * levels), the risk appetite (residual score above which only the CISO may accept), the review
 * interval and the longest acceptance. Defaults: 5×5, LOW 1–4, MEDIUM 5–9, HIGH 10–14,
 * CRITICAL 15–25, appetite 9, quarterly reviews, acceptances for at most 12 months.
 */
@ConfigurationProperties("vigil.risk")
public record RiskProperties(@DefaultValue("5") int likelihoodLevels, @DefaultValue("5") int impactLevels,
        @DefaultValue("5") int mediumFrom, @DefaultValue("10") int highFrom, @DefaultValue("15") int criticalFrom,
        @DefaultValue("9") int appetite, @DefaultValue("3") int reviewMonths, @DefaultValue("12") int acceptanceMonths) {

    public RiskProperties {
        if (likelihoodLevels < 2 || likelihoodLevels > 10 || impactLevels < 2 || impactLevels > 10) {
            throw new IllegalArgumentException("vigil.risk: the matrix has 2 to 10 levels per axis");
        }
        if (!(1 < mediumFrom && mediumFrom < highFrom && highFrom < criticalFrom
                && criticalFrom <= likelihoodLevels * impactLevels)) {
            throw new IllegalArgumentException("vigil.risk: bands need 1 < mediumFrom < highFrom < criticalFrom <= max score");
        }
        if (reviewMonths < 1 || acceptanceMonths < 1) {
            throw new IllegalArgumentException("vigil.risk: review and acceptance periods are at least a month");
        }
    }
}
