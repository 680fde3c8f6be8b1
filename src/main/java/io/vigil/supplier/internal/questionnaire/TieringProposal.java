package io.vigil.supplier.internal.questionnaire;

import io.vigil.supplier.CriticalityTier;

/**
 * The criticality tier a scored TIERING questionnaire proposes: 60 or more → CRITICAL, 30–59 →
 * IMPORTANT, below 30 → STANDARD. Only a proposal: a person sets the tier (with a reason) on the supplier.
 */
public final class TieringProposal {

    public static final String CODE = "TIERING";
    static final int CRITICAL_FROM = 60;
    static final int IMPORTANT_FROM = 30;

    private TieringProposal() {
    }

    public static CriticalityTier propose(String templateCode, Integer score) {
        if (!CODE.equals(templateCode) || score == null) {
            return null;
        }
        return score >= CRITICAL_FROM ? CriticalityTier.CRITICAL
                : score >= IMPORTANT_FROM ? CriticalityTier.IMPORTANT : CriticalityTier.STANDARD;
    }
}
