package io.vigil.supplier.internal.questionnaire;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a sent questionnaire stands, with the explicit transition table: the supplier answers (SENT →
 * IN_PROGRESS) and submits; the reviewer accepts it or returns it for clarification, after which the
 * supplier answers and submits again. ACCEPTED is final.
 */
public enum QuestionnaireState {
    SENT, IN_PROGRESS, SUBMITTED, ACCEPTED, RETURNED;

    private static final Map<QuestionnaireState, Set<QuestionnaireState>> ALLOWED = Map.of(
            SENT, EnumSet.of(IN_PROGRESS, SUBMITTED),
            IN_PROGRESS, EnumSet.of(IN_PROGRESS, SUBMITTED),
            SUBMITTED, EnumSet.of(ACCEPTED, RETURNED),
            RETURNED, EnumSet.of(IN_PROGRESS, SUBMITTED),
            ACCEPTED, EnumSet.noneOf(QuestionnaireState.class));

    public Set<QuestionnaireState> allowedNext() {
        return ALLOWED.get(this);
    }

    public boolean canMoveTo(QuestionnaireState next) {
        return ALLOWED.get(this).contains(next);
    }

    /** The supplier may still answer: it counts as overdue once its due date has passed. */
    public boolean open() {
        return this == SENT || this == IN_PROGRESS || this == RETURNED;
    }
}
