package io.vigil.supplier.internal.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scorecard arithmetic. A criterion's score is the mean of the evaluators who gave it one; a
 * criterion nobody scored ("no data") is left out and the remaining weights are re-normalised, so a
 * missing criterion never counts as 100 (nor as 0). The result is the weighted mean, with each
 * criterion's contribution (effective weight × mean) so people can see why the score is what it is.
 */
public final class ReviewScoring {

    /** A criterion of the scorecard with its configured weight. */
    public record Criterion(String code, double weight) {
    }

    /**
     * One criterion's line in "why this score".
     *
     * @param effectiveWeight share of the total weight of the criteria with data (0 when excluded)
     * @param mean            mean of the evaluators' scores, {@code null} when nobody had data
     * @param contribution    points this criterion adds to the result (effectiveWeight × mean)
     */
    public record Line(String code, double weight, double effectiveWeight, Double mean, double contribution,
            int evaluatorsWithData, boolean excluded) {
    }

    /** The result; {@code score} is {@code null} when no criterion had data. */
    public record Result(Double score, List<Line> lines) {

        public boolean hasData() {
            return score != null;
        }
    }

    private ReviewScoring() {
    }

    /**
     * @param criteria scorecard criteria in display order
     * @param scores   evaluator → (criterion code → score 0–100, or {@code null} for no data)
     */
    public static Result compute(List<Criterion> criteria, Map<?, Map<String, Integer>> scores) {
        List<double[]> means = new ArrayList<>();
        double weightWithData = 0;
        for (Criterion c : criteria) {
            List<Integer> given = scores.values().stream().map(m -> m.get(c.code())).filter(Objects::nonNull).toList();
            double mean = given.stream().mapToInt(Integer::intValue).average().orElse(Double.NaN);
            means.add(new double[] {mean, given.size()});
            if (!given.isEmpty() && c.weight() > 0) {
                weightWithData += c.weight();
            }
        }
        List<Line> lines = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            double mean = means.get(i)[0];
            int count = (int) means.get(i)[1];
            boolean excluded = count == 0 || c.weight() <= 0 || weightWithData == 0;
            double share = excluded ? 0 : c.weight() / weightWithData;
            double contribution = excluded ? 0 : share * mean;
            total += contribution;
            lines.add(new Line(c.code(), c.weight(), round(share * 100, 1), count == 0 ? null : round(mean, 1),
                    round(contribution, 2), count, excluded));
        }
        return new Result(weightWithData == 0 ? null : round(total, 1), List.copyOf(lines));
    }

    static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
