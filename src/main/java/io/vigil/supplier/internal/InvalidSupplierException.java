package io.vigil.supplier.internal;

import java.util.List;

/** A supplier's values break a rule; nothing has been changed. */
public class InvalidSupplierException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidSupplierException(List<FieldProblem> problems) {
        super("Invalid supplier: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
