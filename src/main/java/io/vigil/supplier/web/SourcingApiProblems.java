package io.vigil.supplier.web;

import io.vigil.shared.web.ApiProblems;
import io.vigil.supplier.internal.EvaluationIncompleteException;
import io.vigil.supplier.internal.SourcingTransitionException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Sourcing's workflow errors as problem+json: illegal moves name the allowed ones, an incomplete evaluation what is missing. */
@RestControllerAdvice(basePackageClasses = SourcingApiProblems.class, annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SourcingApiProblems {

    private final MessageSource messages;

    SourcingApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SourcingTransitionException.class)
    ProblemDetail illegalTransition(SourcingTransitionException e) {
        String allowed = e.allowed().isEmpty() ? "-" : String.join(", ", e.allowed());
        String detail = e.activity() == null
                ? text("sourcing.error.transition", e.from(), e.to(), allowed)
                : text("sourcing.error.activity", text("sourcing.activity." + e.activity()), e.from(), allowed);
        ProblemDetail problem = ApiProblems.problem(HttpStatus.CONFLICT, "illegal-sourcing-transition",
                text("problem.409.title"), detail);
        problem.setProperty("from", e.from());
        if (e.to() != null) {
            problem.setProperty("to", e.to());
        }
        if (e.activity() != null) {
            problem.setProperty("activity", e.activity());
        }
        problem.setProperty("allowed", e.allowed());
        return problem;
    }

    @ExceptionHandler(EvaluationIncompleteException.class)
    ProblemDetail incomplete(EvaluationIncompleteException e) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.CONFLICT, "evaluation-incomplete",
                text("problem.409.title"), text("sourcing.error.evaluationIncomplete", e.missing().size()));
        problem.setProperty("missing", e.missing());
        return problem;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
