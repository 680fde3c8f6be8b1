package io.vigil.supplier.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The combined ranking of bids: price points = price weight × lowest price ÷ bid price (the lowest price gets
 * the full price weight), technical points = technical weight × technical score ÷ 100, where the technical
 * score is the mean of the panel members' scores. Ties go to the lower price. A bid no member has scored
 * yet counts 0 technical points and is marked unscored.
 */
public final class SourcingRanking {

    public static final int DEFAULT_PRICE_WEIGHT = 40;

    /** What the ranking needs of a bid. */
    record Input(UUID bidId, UUID supplierId, BigDecimal amount, List<Integer> scores) {
    }

    /** One ranked bid with the numbers that produced its total. */
    public record Row(int rank, UUID bidId, UUID supplierId, BigDecimal amount, BigDecimal technicalScore,
            int scoreCount, BigDecimal pricePoints, BigDecimal technicalPoints, BigDecimal total,
            String computation) {

        public boolean scored() {
            return technicalScore != null;
        }
    }

    private SourcingRanking() {
    }

    static List<Row> rank(List<Input> bids, int priceWeight) {
        if (bids.isEmpty()) {
            return List.of();
        }
        int technicalWeight = 100 - priceWeight;
        BigDecimal lowest = bids.stream().map(Input::amount).min(Comparator.naturalOrder()).orElseThrow();
        record Scored(Input input, BigDecimal technical, BigDecimal pricePoints, BigDecimal technicalPoints,
                BigDecimal total, String computation) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Input bid : bids) {
            BigDecimal technical = mean(bid.scores());
            BigDecimal pricePoints = BigDecimal.valueOf(priceWeight).multiply(lowest)
                    .divide(bid.amount(), 2, RoundingMode.HALF_UP);
            BigDecimal technicalPoints = technical == null ? BigDecimal.ZERO.setScale(2)
                    : BigDecimal.valueOf(technicalWeight).multiply(technical)
                            .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            BigDecimal total = pricePoints.add(technicalPoints);
            String computation = priceWeight + " × " + lowest.toPlainString() + " / " + bid.amount().toPlainString()
                    + " = " + pricePoints.toPlainString() + "; " + technicalWeight + " × "
                    + (technical == null ? "—" : technical.toPlainString()) + " / 100 = "
                    + technicalPoints.toPlainString() + "; " + pricePoints.toPlainString() + " + "
                    + technicalPoints.toPlainString() + " = " + total.toPlainString();
            scored.add(new Scored(bid, technical, pricePoints, technicalPoints, total, computation));
        }
        scored.sort(Comparator.comparing(Scored::total).reversed()
                .thenComparing(s -> s.input().amount()));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            rows.add(new Row(i + 1, s.input().bidId(), s.input().supplierId(), s.input().amount(), s.technical(),
                    s.input().scores().size(), s.pricePoints(), s.technicalPoints(), s.total(), s.computation()));
        }
        return rows;
    }

    static BigDecimal mean(List<Integer> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        long sum = scores.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }
}
