package io.vigil.risk;

/** Where a risk stands: identified, being treated, accepted by an approver, or closed. */
public enum RiskStatus {
    OPEN, TREATING, ACCEPTED, CLOSED
}
