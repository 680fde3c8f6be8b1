package io.vigil.supplier.web;

import io.vigil.supplier.SupplierStatus;
import io.vigil.supplier.internal.FieldProblem;
import io.vigil.supplier.internal.IllegalTransitionException;
import io.vigil.supplier.internal.InvalidSupplierException;
import io.vigil.supplier.internal.SourcingRefusedException;
import io.vigil.shared.web.ApiProblems;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The supplier module's own API errors as problem+json; ahead of the shared handler's catch-all. */
@RestControllerAdvice(basePackageClasses = SupplierApiProblems.class, annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SupplierApiProblems {

    private final MessageSource messages;

    SupplierApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidSupplierException.class)
    ProblemDetail invalid(InvalidSupplierException e) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "validation",
                text("problem.validation.title"), text("problem.validation.detail"));
        problem.setProperty("errors", e.problems().stream().map(this::fieldError).toList());
        return problem;
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail illegalTransition(IllegalTransitionException e) {
        var allowed = e.allowed().stream().sorted().map(SupplierStatus::name).toList();
        ProblemDetail problem = ApiProblems.problem(HttpStatus.CONFLICT, "illegal-status-transition",
                text("problem.409.title"), text("supplier.error.illegalTransition", e.from().name(), e.to().name(),
                        allowed.isEmpty() ? "-" : String.join(", ", allowed)));
        problem.setProperty("from", e.from().name());
        problem.setProperty("to", e.to().name());
        problem.setProperty("allowed", allowed);
        return problem;
    }

    @ExceptionHandler(SourcingRefusedException.class)
    ProblemDetail sourcingRefused(SourcingRefusedException e) {
        String status = text("supplier.status." + e.status().name());
        ProblemDetail problem = ApiProblems.problem(HttpStatus.CONFLICT, e.type(), text("problem.409.title"),
                text("supplier.sourcing.error." + e.type(), e.status().name(), status));
        problem.setProperty("supplierStatus", e.status().name());
        return problem;
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail conflict(DataIntegrityViolationException e) {
        // a concurrent write took the credit code (or similar) between our check and the insert
        return ApiProblems.problem(HttpStatus.CONFLICT, "conflict", text("problem.409.title"),
                text("supplier.error.concurrentConflict"));
    }

    private Map<String, String> fieldError(FieldProblem problem) {
        return Map.of("field", problem.field(), "message", text(problem.messageKey(), problem.arguments()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
