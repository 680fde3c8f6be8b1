package io.vigil.supplier;

/** Why a supplier is blacklisted: one of these codes is required. */
public enum BlacklistReason {
    FRAUD, BRIBERY, SERIOUS_SAFETY_ACCIDENT, DATA_BREACH, SANCTIONS, SERIOUS_BREACH_OF_CONTRACT
}
