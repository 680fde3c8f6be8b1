package io.vigil.supplier.web;

import io.vigil.shared.web.ApiProblems;
import io.vigil.supplier.internal.questionnaire.QuestionnaireState;
import io.vigil.supplier.internal.questionnaire.QuestionnaireTransitionException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An illegal questionnaire move as 409 problem+json naming the moves allowed from its state. */
@RestControllerAdvice(basePackageClasses = QuestionnaireApiProblems.class, annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class QuestionnaireApiProblems {

    private final MessageSource messages;

    QuestionnaireApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(QuestionnaireTransitionException.class)
    ProblemDetail illegalTransition(QuestionnaireTransitionException e) {
        var allowed = e.allowed().stream().sorted().map(QuestionnaireState::name).toList();
        ProblemDetail problem = ApiProblems.problem(HttpStatus.CONFLICT, "illegal-questionnaire-transition",
                text("problem.409.title"), text("questionnaire.error.illegalTransition", e.from().name(),
                        e.to().name(), allowed.isEmpty() ? "-" : String.join(", ", allowed)));
        problem.setProperty("from", e.from().name());
        problem.setProperty("to", e.to().name());
        problem.setProperty("allowed", allowed);
        return problem;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
