package io.vigil.supplier.internal;

import io.vigil.supplier.internal.SourcingEvent.State;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sourcing event's transition table: DRAFT → OPEN (bids) → EVALUATION → AWARDED → CLOSED, and
 * CANCELLED from any state before the award. AWARDED is reached only through an award (which needs a
 * complete evaluation and a justification), never by a plain transition.
 */
final class SourcingLifecycle {

    private static final Map<State, List<State>> ALLOWED = new EnumMap<>(Map.of(
            State.DRAFT, List.of(State.OPEN, State.CANCELLED),
            State.OPEN, List.of(State.EVALUATION, State.CANCELLED),
            State.EVALUATION, List.of(State.AWARDED, State.CANCELLED),
            State.AWARDED, List.of(State.CLOSED),
            State.CLOSED, List.of(),
            State.CANCELLED, List.of()));

    /** States in which the named activities may happen. */
    static final Set<State> INVITING = Set.of(State.DRAFT, State.OPEN);
    static final Set<State> STAFFING_PANEL = Set.of(State.DRAFT, State.OPEN);
    static final Set<State> DECLARING = Set.of(State.DRAFT, State.OPEN, State.EVALUATION);
    static final Set<State> BIDDING = Set.of(State.OPEN);
    static final Set<State> SCORING = Set.of(State.EVALUATION);

    private SourcingLifecycle() {
    }

    static List<State> allowedFrom(State from) {
        return ALLOWED.get(from);
    }

    static boolean allowed(State from, State to) {
        return ALLOWED.get(from).contains(to);
    }

    /** Refuses the move with a 409 naming the allowed ones. */
    static void check(State from, State to) {
        if (!allowed(from, to)) {
            throw new SourcingTransitionException(from, to, allowedFrom(from));
        }
    }

    /** Refuses an activity outside the states it belongs to, naming them. */
    static void requireIn(State current, Set<State> states, String activity) {
        if (!states.contains(current)) {
            throw new SourcingTransitionException(current, activity,
                    states.stream().sorted().toList());
        }
    }
}
