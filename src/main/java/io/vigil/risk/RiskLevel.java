package io.vigil.risk;

/** The band a risk score falls in on the risk matrix. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, CRITICAL
}
