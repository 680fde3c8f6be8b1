package io.vigil.risk.web;

import io.vigil.risk.internal.FieldProblem;
import io.vigil.risk.internal.InvalidInputException;
import io.vigil.shared.web.ApiProblems;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The module's own API errors as problem+json: field errors (400) and lost races on unique codes (409). */
@RestControllerAdvice(assignableTypes = {AssetApiController.class, RiskApiController.class})
class RiskApiAdvice {

    private final MessageSource messages;

    RiskApiAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "validation",
                text("problem.validation.title"), text("problem.validation.detail"));
        problem.setProperty("errors", e.problems().stream().map(this::fieldError).toList());
        return problem;
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail conflict(DataIntegrityViolationException e) {
        return ApiProblems.problem(HttpStatus.CONFLICT, "conflict", text("problem.409.title"),
                text("risk.error.concurrentConflict"));
    }

    private Map<String, String> fieldError(FieldProblem problem) {
        return Map.of("field", problem.field(), "message", text(problem.messageKey(), problem.arguments()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
