package io.vigil.supplier.internal;

import io.vigil.supplier.internal.SourcingEvent.State;
import java.util.List;

/**
 * An illegal move of a sourcing event (409 naming the allowed targets), or an activity in a state where it
 * cannot happen (409 naming the states where it can).
 */
public class SourcingTransitionException extends RuntimeException {

    private final String from;
    private final String to;
    private final String activity;
    private final List<String> allowed;

    SourcingTransitionException(State from, State to, List<State> allowed) {
        super("Sourcing event cannot move from " + from + " to " + to);
        this.from = from.name();
        this.to = to == null ? null : to.name();
        this.activity = null;
        this.allowed = allowed.stream().map(Enum::name).toList();
    }

    SourcingTransitionException(State current, String activity, List<State> states) {
        super("Sourcing event in " + current + " cannot " + activity);
        this.from = current.name();
        this.to = null;
        this.activity = activity;
        this.allowed = states.stream().map(Enum::name).toList();
    }

    public String from() {
        return from;
    }

    /** The requested target state, or null when an activity was refused. */
    public String to() {
        return to;
    }

    /** The refused activity ({@code invite}, {@code bid}, {@code score}, …), or null for a transition. */
    public String activity() {
        return activity;
    }

    /** The allowed target states, or the states in which the activity is allowed. */
    public List<String> allowed() {
        return allowed;
    }
}
