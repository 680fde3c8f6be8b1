package io.vigil.supplier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.supplier.internal.AccessStages.Kind;
import io.vigil.supplier.internal.AccessStages.Stage;
import io.vigil.supplier.internal.AccessTimeline.Completion;
import io.vigil.supplier.internal.AccessTimeline.Span;
import io.vigil.supplier.internal.AccessTimeline.SpanState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessTimelineTests {

    static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");

    static Instant day(int n) {
        return OPENED.plusSeconds(86_400L * n);
    }

    @Test
    void eachStageIsEnteredWhenThePreviousOneCompletes() {
        List<Span> spans = AccessTimeline.spans(Kind.STANDARD, AccessCase.State.OPEN, Stage.INTERNAL_ASSESSMENT,
                OPENED, null, null, Map.of(Stage.QUALIFICATION_REVIEW, new Completion(day(3), null),
                        Stage.ONSITE_INSPECTION, new Completion(day(10), null)));
        assertThat(spans).extracting(Span::state).containsExactly(SpanState.DONE, SpanState.DONE, SpanState.CURRENT,
                SpanState.WAITING, SpanState.WAITING);
        assertThat(spans.get(1).enteredAt()).isEqualTo(day(3));
        assertThat(spans.get(1).days(day(20))).isEqualTo(7.0);
        assertThat(spans.get(2).days(day(12))).isEqualTo(2.0);
        assertThat(spans.get(3).days(day(12))).isNull();
    }

    @Test
    void anApprovedExpressCaseShowsItsSkippedStagesAsCatchUp() {
        List<Span> spans = AccessTimeline.spans(Kind.EXPRESS, AccessCase.State.APPROVED, Stage.FINAL_SELECTION,
                OPENED, day(6), null, Map.of(Stage.QUALIFICATION_REVIEW, new Completion(day(1), null),
                        Stage.INTERNAL_ASSESSMENT, new Completion(day(4), null),
                        Stage.ONSITE_INSPECTION, new Completion(day(30), null)));
        assertThat(spans).extracting(Span::stage).containsExactly(Stage.QUALIFICATION_REVIEW,
                Stage.INTERNAL_ASSESSMENT, Stage.FINAL_SELECTION, Stage.ONSITE_INSPECTION, Stage.SHORTLIST_ANNOUNCEMENT);
        assertThat(spans.get(2).days(day(40))).isEqualTo(2.0);
        assertThat(spans.get(3).catchUp()).isTrue();
        assertThat(spans.get(3).state()).isEqualTo(SpanState.DONE);
        assertThat(spans.get(4).state()).isEqualTo(SpanState.SKIPPED);
    }
}
