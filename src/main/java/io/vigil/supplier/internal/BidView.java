package io.vigil.supplier.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A bid as a reader who may see bids sees it. {@code scores} holds every member's score for readers outside
 * the panel and once evaluation is over; during evaluation a member sees only their own (no anchoring).
 * {@code technicalScore} is the mean of all members' scores so far.
 */
public record BidView(UUID id, UUID supplierId, BigDecimal amount, String currency, String notes, String documents,
        UUID submittedBy, Instant submittedAt, BigDecimal technicalScore, int scoreCount, List<ScoreView> scores) {

    public record ScoreView(UUID memberUserId, int score, String comment, Instant scoredAt) {
    }
}
