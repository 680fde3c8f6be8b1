package io.vigil.supplier.internal.review;

/** Confirmed events that make a review grade D whatever the score. */
public enum RedLineKind {
    BRIBERY, FRAUD, DATA_BREACH, SERIOUS_SAFETY_ACCIDENT, SANCTIONS, SERIOUS_BREACH_OF_CONTRACT
}
