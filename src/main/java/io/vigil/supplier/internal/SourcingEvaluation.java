package io.vigil.supplier.internal;

import java.util.List;
import java.util.UUID;

/**
 * The ranking of an event's bids with its weights, whether the evaluation is complete (every member declared,
 * every bid scored by every member allowed to score it) and, if not, what is missing.
 */
public record SourcingEvaluation(int priceWeight, int technicalWeight, List<SourcingRanking.Row> ranking,
        boolean complete, List<String> missing) {

    public UUID topBidId() {
        return ranking.isEmpty() ? null : ranking.get(0).bidId();
    }
}
