package io.vigil.shared.web;

import io.vigil.shared.security.RecordNotFoundException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every API error into RFC 9457 problem+json with a stable type, a message in the caller's
 * language and, for validation, the list of fields at fault. Unexpected errors are logged and
 * answered without internals.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    public ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound(RecordNotFoundException e) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "not-found", text("problem.notFound.title"),
                text("problem.notFound.detail", e.entityType(), String.valueOf(e.id())));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail staleWrite(OptimisticLockingFailureException e) {
        return ApiProblems.problem(HttpStatus.CONFLICT, "stale-version", text("problem.staleVersion.title"),
                text("problem.staleVersion.detail"));
    }

    @ExceptionHandler(VigilException.class)
    ProblemDetail business(VigilException e) {
        return ApiProblems.problem(e.status(), e.type(), text("problem." + e.status().value() + ".title"),
                text(e.messageKey(), e.arguments()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return ApiProblems.problem(HttpStatus.FORBIDDEN, "forbidden", text("problem.forbidden.title"),
                text("problem.forbidden.detail"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "invalid-parameter",
                text("problem.validation.title"), text("problem.invalidParameter.detail", e.getName()));
        problem.setProperty("errors", List.of(Map.of("field", e.getName(), "message",
                text("problem.invalidParameter.detail", e.getName()))));
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error", e);
        return ApiProblems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", text("problem.500.title"),
                text("problem.internal.detail"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "validation",
                text("problem.validation.title"), text("problem.validation.detail"));
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(this::fieldError).toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private Map<String, String> fieldError(FieldError error) {
        return Map.of("field", error.getField(), "message",
                messages.getMessage(error, LocaleContextHolder.getLocale()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
