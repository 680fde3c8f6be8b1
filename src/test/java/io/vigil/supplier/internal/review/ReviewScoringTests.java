package io.vigil.supplier.internal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.supplier.SupplierStatus;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewScoringTests {

    static final List<ReviewScoring.Criterion> CARD = List.of(new ReviewScoring.Criterion("Q", 50),
            new ReviewScoring.Criterion("S", 30), new ReviewScoring.Criterion("E", 20));

    static Map<String, Integer> scores(Integer q, Integer s, Integer e) {
        Map<String, Integer> m = new HashMap<>();
        m.put("Q", q);
        m.put("S", s);
        m.put("E", e);
        return m;
    }

    @Test
    void weightedMeanOverEvaluatorsAndCriteria() {
        ReviewScoring.Result r = ReviewScoring.compute(CARD, Map.of("a", scores(80, 70, 90), "b", scores(100, 90, 70)));
        // means 90, 80, 80 → 0.5*90 + 0.3*80 + 0.2*80 = 85
        assertThat(r.score()).isEqualTo(85.0);
        assertThat(r.lines()).extracting(ReviewScoring.Line::contribution).containsExactly(45.0, 24.0, 16.0);
    }

    @Test
    void aCriterionWithNoDataIsExcludedAndTheWeightsAreRenormalisedNeverScored100() {
        ReviewScoring.Result r = ReviewScoring.compute(CARD, Map.of("a", scores(60, null, 80), "b", scores(70, null, null)));
        // Q mean 65 weight 50, E mean 80 weight 20 → (50*65 + 20*80) / 70 = 69.3
        assertThat(r.score()).isEqualTo(69.3);
        ReviewScoring.Line s = r.lines().get(1);
        assertThat(s.excluded()).isTrue();
        assertThat(s.mean()).isNull();
        assertThat(s.contribution()).isZero();
        assertThat(r.lines().get(0).effectiveWeight()).isEqualTo(71.4);
        assertThat(r.lines().get(2).evaluatorsWithData()).isEqualTo(1);
    }

    @Test
    void noDataAtAllHasNoScore() {
        assertThat(ReviewScoring.compute(CARD, Map.of("a", scores(null, null, null))).hasData()).isFalse();
        assertThat(ReviewScoring.compute(CARD, Map.of()).score()).isNull();
    }

    @Test
    void gradeBandsProposeAClassification() {
        ReviewSettings bands = ReviewSettings.defaults();
        assertThat(bands.gradeOf(90)).isEqualTo(Grade.A);
        assertThat(bands.gradeOf(89.9)).isEqualTo(Grade.B);
        assertThat(bands.gradeOf(75)).isEqualTo(Grade.B);
        assertThat(bands.gradeOf(74.9)).isEqualTo(Grade.C);
        assertThat(bands.gradeOf(60)).isEqualTo(Grade.C);
        assertThat(bands.gradeOf(59.9)).isEqualTo(Grade.D);
        assertThat(Grade.A.proposal()).isEqualTo(SupplierStatus.PREFERRED);
        assertThat(Grade.B.proposal()).isNull();
        assertThat(Grade.C.proposal()).isEqualTo(SupplierStatus.RECTIFYING);
        assertThat(Grade.D.proposal()).isEqualTo(SupplierStatus.UNQUALIFIED);
        ReviewSettings custom = new ReviewSettings(95.0, 80.0, 50.0, null, null, null);
        assertThat(custom.gradeOf(92)).isEqualTo(Grade.B);
        assertThat(custom.gradeOf(55)).isEqualTo(Grade.C);
        assertThatThrownBy(() -> new ReviewSettings(70.0, 80.0, 50.0, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void periodsAreYearsOrHalfYears() {
        assertThat(ReviewPeriod.of(LocalDate.of(2026, 3, 1), true).code()).isEqualTo("2026-H1");
        assertThat(ReviewPeriod.of(LocalDate.of(2026, 7, 1), true).end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(ReviewPeriod.of(LocalDate.of(2026, 7, 1), false).code()).isEqualTo("2026");
        assertThat(ReviewPeriod.parse("2026-H2")).map(ReviewPeriod::start).contains(LocalDate.of(2026, 7, 1));
        assertThat(ReviewPeriod.parse("2026-Q1")).isEmpty();
    }
}
