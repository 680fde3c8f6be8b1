package io.vigil.supplier.internal.review;

import io.vigil.supplier.CriticalityTier;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code vigil.supplier.review.*}: grade bands (lower bounds, inclusive), which tiers are reviewed
 * half-yearly (the others yearly), and how many evaluators a review needs.
 *
 * @param gradeA         score at or above which a review is grade A (default 90)
 * @param gradeB         … grade B (default 75)
 * @param gradeC         … grade C (default 60); below it is D
 * @param halfYearlyTiers tiers reviewed every half year (default CRITICAL)
 * @param minEvaluators  scoring evaluators needed to complete a review (default 1; one must not be the owner)
 * @param rectificationDays days a rectification plan has by default (default 90)
 */
@ConfigurationProperties("vigil.supplier.review")
public record ReviewSettings(Double gradeA, Double gradeB, Double gradeC, Set<CriticalityTier> halfYearlyTiers,
        Integer minEvaluators, Integer rectificationDays) {

    public ReviewSettings {
        gradeA = gradeA == null ? 90.0 : gradeA;
        gradeB = gradeB == null ? 75.0 : gradeB;
        gradeC = gradeC == null ? 60.0 : gradeC;
        halfYearlyTiers = halfYearlyTiers == null ? Set.of(CriticalityTier.CRITICAL) : Set.copyOf(halfYearlyTiers);
        minEvaluators = minEvaluators == null || minEvaluators < 1 ? 1 : minEvaluators;
        rectificationDays = rectificationDays == null || rectificationDays < 1 ? 90 : rectificationDays;
        if (!(gradeA > gradeB && gradeB > gradeC)) {
            throw new IllegalArgumentException("vigil.supplier.review grade bands must be gradeA > gradeB > gradeC");
        }
    }

    public static ReviewSettings defaults() {
        return new ReviewSettings(null, null, null, null, null, null);
    }

    /** The grade of a score by the bands; a red-line event is handled by the caller (always D). */
    public Grade gradeOf(double score) {
        if (score >= gradeA) {
            return Grade.A;
        }
        if (score >= gradeB) {
            return Grade.B;
        }
        return score >= gradeC ? Grade.C : Grade.D;
    }

    public boolean halfYearly(CriticalityTier tier) {
        return halfYearlyTiers.contains(tier);
    }
}
