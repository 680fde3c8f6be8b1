package io.vigil.risk.web;

import io.vigil.risk.internal.FieldProblem;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.util.MultiValueMap;

/**
 * A submitted form as text values (shown again on error) plus the field errors found while
 * turning them into values; templates read {@code form[field]} and {@code errors[field]}.
 */
final class FormValues {

    final Map<String, String> values = new LinkedHashMap<>();
    final Map<String, String> errors = new HashMap<>();

    static FormValues of(MultiValueMap<String, String> params) {
        FormValues form = new FormValues();
        params.forEach((k, v) -> form.values.put(k, v.isEmpty() ? "" : v.get(0)));
        return form;
    }

    String text(String field) {
        String value = values.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** One value per line (or separated by commas or semicolons). */
    List<String> lines(String field) {
        String value = values.get(field);
        return value == null ? List.of() : Arrays.stream(value.split("[\\r\\n,;]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    <T> T parse(String field, Function<String, T> parser, String errorKey, MessageSource messages,
            java.util.Locale locale) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            error(field, messages.getMessage(errorKey, null, errorKey, locale));
            return null;
        }
    }

    UUID uuid(String field) {
        String value = text(field);
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    void problems(List<FieldProblem> problems, Function<String, String> formField, MessageSource messages,
            java.util.Locale locale) {
        for (FieldProblem p : problems) {
            error(formField.apply(p.field()), messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale));
        }
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }
}
