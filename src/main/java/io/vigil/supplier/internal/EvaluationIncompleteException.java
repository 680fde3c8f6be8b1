package io.vigil.supplier.internal;

import java.util.List;

/** An award before every member has declared and scored every bid they may score: 409 listing what is missing. */
public class EvaluationIncompleteException extends RuntimeException {

    private final List<String> missing;

    EvaluationIncompleteException(List<String> missing) {
        super("Evaluation incomplete: " + missing);
        this.missing = List.copyOf(missing);
    }

    /** {@code declaration:<userId>}, {@code score:<bidId>:<userId>}, {@code evaluator:<bidId>}, {@code bids}, {@code panel}. */
    public List<String> missing() {
        return missing;
    }
}
