package io.vigil.people.internal;

import java.util.List;

/** Thrown when an employee's values break a rule; nothing has been changed. */
public class InvalidEmployeeException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidEmployeeException(List<FieldProblem> problems) {
        super("Invalid employee: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
