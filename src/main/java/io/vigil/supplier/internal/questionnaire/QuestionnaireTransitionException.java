package io.vigil.supplier.internal.questionnaire;

import java.util.Set;

/** A questionnaire move its transition table does not allow (answered 409 naming the allowed ones). */
public class QuestionnaireTransitionException extends RuntimeException {

    private final QuestionnaireState from;
    private final QuestionnaireState to;

    public QuestionnaireTransitionException(QuestionnaireState from, QuestionnaireState to) {
        super("Illegal questionnaire transition " + from + " -> " + to);
        this.from = from;
        this.to = to;
    }

    public QuestionnaireState from() {
        return from;
    }

    public QuestionnaireState to() {
        return to;
    }

    public Set<QuestionnaireState> allowed() {
        return from.allowedNext();
    }
}
