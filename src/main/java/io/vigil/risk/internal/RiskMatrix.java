package io.vigil.risk.internal;

import io.vigil.risk.RiskLevel;
import org.springframework.stereotype.Component;

/** Scores a likelihood and an impact on the configured matrix and bands the score into a level. */
@Component
public class RiskMatrix {

    private final RiskProperties properties;

    public RiskMatrix(RiskProperties properties) {
        this.properties = properties;
    }

    public int likelihoodLevels() {
        return properties.likelihoodLevels();
    }

    public int impactLevels() {
        return properties.impactLevels();
    }

    public int appetite() {
        return properties.appetite();
    }

    public int score(int likelihood, int impact) {
        return likelihood * impact;
    }

    public RiskLevel level(int score) {
        if (score >= properties.criticalFrom()) {
            return RiskLevel.CRITICAL;
        }
        if (score >= properties.highFrom()) {
            return RiskLevel.HIGH;
        }
        return score >= properties.mediumFrom() ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }

    public RiskLevel level(int likelihood, int impact) {
        return level(score(likelihood, impact));
    }

    public boolean validLikelihood(Integer value) {
        return value != null && value >= 1 && value <= properties.likelihoodLevels();
    }

    public boolean validImpact(Integer value) {
        return value != null && value >= 1 && value <= properties.impactLevels();
    }
}
