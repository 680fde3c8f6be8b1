package io.vigil.supplier.internal;

import io.vigil.supplier.internal.AccessStages.Kind;
import io.vigil.supplier.internal.AccessStages.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A case's stages in order with when each was entered and completed, derived from the stage records:
 * a stage is entered when the one before it on the kind's path completed (the first when the case was
 * opened); the final selection completes when the case is decided. Express catch-up stages follow the
 * path, entered at the approval. Shared by the detail screen and the funnel.
 */
final class AccessTimeline {

    enum SpanState {
        DONE, CURRENT, WAITING, SKIPPED, NOT_REACHED
    }

    record Completion(Instant at, UUID by) {
    }

    record Span(Stage stage, SpanState state, Instant enteredAt, Instant completedAt, UUID completedBy,
            boolean catchUp) {

        /** Days between entering and completing (or {@code now} while current), one decimal. */
        Double days(Instant now) {
            if (enteredAt == null || (completedAt == null && state != SpanState.CURRENT)) {
                return null;
            }
            Instant end = completedAt != null ? completedAt : now;
            return Math.round(Duration.between(enteredAt, end).toMinutes() / 144.0) / 10.0;
        }
    }

    private AccessTimeline() {
    }

    static List<Span> spans(Kind kind, AccessCase.State state, Stage current, Instant openedAt, Instant decidedAt,
            UUID decidedBy, Map<Stage, Completion> records) {
        List<Span> spans = new ArrayList<>();
        List<Stage> path = AccessStages.path(kind);
        Instant entered = openedAt;
        boolean reached = true;
        for (Stage stage : path) {
            Completion done = records.get(stage);
            if (stage == Stage.FINAL_SELECTION && current == Stage.FINAL_SELECTION && state != AccessCase.State.OPEN) {
                done = new Completion(decidedAt, decidedBy);
            }
            if (!reached) {
                spans.add(new Span(stage, state == AccessCase.State.OPEN ? SpanState.WAITING : SpanState.NOT_REACHED,
                        null, null, null, false));
            } else if (done != null) {
                spans.add(new Span(stage, SpanState.DONE, entered, done.at(), done.by(), false));
                entered = done.at();
            } else {
                spans.add(new Span(stage, state == AccessCase.State.OPEN ? SpanState.CURRENT : SpanState.NOT_REACHED,
                        state == AccessCase.State.OPEN ? entered : null, null, null, false));
                reached = false;
            }
        }
        if (kind == Kind.EXPRESS) {
            for (Stage stage : AccessStages.STANDARD) {
                if (!AccessStages.CATCH_UP.contains(stage)) {
                    continue;
                }
                Completion done = records.get(stage);
                boolean approved = state == AccessCase.State.APPROVED;
                spans.add(new Span(stage, done != null ? SpanState.DONE : SpanState.SKIPPED,
                        approved ? decidedAt : null, done == null ? null : done.at(), done == null ? null : done.by(),
                        true));
            }
        }
        return spans;
    }

    static List<Span> of(AccessCase c) {
        Map<Stage, Completion> records = new java.util.EnumMap<>(Stage.class);
        c.getStages().forEach(r -> records.put(r.stage(), new Completion(r.completedAt(), r.completedBy())));
        return spans(c.getKind(), c.getState(), c.getStage(), c.getOpenedAt(), c.getDecidedAt(), c.getDecidedBy(),
                records);
    }
}
