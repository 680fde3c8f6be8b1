package io.vigil.supplier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SourcingRankingTests {

    static SourcingRanking.Input bid(long amount, Integer... scores) {
        return new SourcingRanking.Input(UUID.randomUUID(), UUID.randomUUID(), BigDecimal.valueOf(amount).setScale(2),
                List.of(scores));
    }

    @Test
    void theLowestPriceGetsTheFullPricePointsAndTheTechnicalScoreIsTheMembersMean() {
        var cheap = bid(80_000, 70, 71);
        var strong = bid(100_000, 90, 95, 100);
        List<SourcingRanking.Row> rows = SourcingRanking.rank(List.of(cheap, strong), 40);

        assertThat(rows.get(0).bidId()).isEqualTo(strong.bidId());
        assertThat(rows.get(0).technicalScore()).isEqualByComparingTo("95.00");
        assertThat(rows.get(0).pricePoints()).isEqualByComparingTo("32.00");
        assertThat(rows.get(0).technicalPoints()).isEqualByComparingTo("57.00");
        assertThat(rows.get(0).total()).isEqualByComparingTo("89.00");
        assertThat(rows.get(1).pricePoints()).isEqualByComparingTo("40.00");
        assertThat(rows.get(1).technicalScore()).isEqualByComparingTo("70.50");
        assertThat(rows.get(1).total()).isEqualByComparingTo("82.30");
        assertThat(rows.get(1).computation())
                .isEqualTo("40 × 80000.00 / 80000.00 = 40.00; 60 × 70.50 / 100 = 42.30; 40.00 + 42.30 = 82.30");
    }

    @Test
    void aPriceOnlyWeightingRanksByPriceAndTiesGoToTheLowerPrice() {
        var a = bid(120, 100);
        var b = bid(100, 0);
        assertThat(SourcingRanking.rank(List.of(a, b), 100).get(0).bidId()).isEqualTo(b.bidId());
        var c = bid(100, 50);
        var d = bid(50, 0);
        // c: 50 × 50/100 = 25 + 50 × 0.5 = 25 → 50; d: 50 + 0 → 50: tie, the lower price wins
        assertThat(SourcingRanking.rank(List.of(c, d), 50).get(0).bidId()).isEqualTo(d.bidId());
    }

    @Test
    void anUnscoredBidCountsNoTechnicalPointsAndIsMarked() {
        var unscored = bid(100);
        SourcingRanking.Row row = SourcingRanking.rank(List.of(unscored), 40).get(0);
        assertThat(row.scored()).isFalse();
        assertThat(row.technicalPoints()).isEqualByComparingTo("0");
        assertThat(row.total()).isEqualByComparingTo("40");
    }

    @Test
    void theLifecycleNamesTheAllowedMoves() {
        assertThat(SourcingLifecycle.allowedFrom(SourcingEvent.State.EVALUATION))
                .containsExactly(SourcingEvent.State.AWARDED, SourcingEvent.State.CANCELLED);
        assertThat(SourcingLifecycle.allowed(SourcingEvent.State.AWARDED, SourcingEvent.State.CANCELLED)).isFalse();
        assertThat(SourcingLifecycle.allowedFrom(SourcingEvent.State.CLOSED)).isEmpty();
    }
}
