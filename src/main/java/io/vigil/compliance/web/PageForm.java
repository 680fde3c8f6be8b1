package io.vigil.compliance.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.util.MultiValueMap;

/** What a compliance form sent and what is wrong with it, field by field, for inline messages. */
final class PageForm {

    final Map<String, String> values = new LinkedHashMap<>();
    final Map<String, String> errors = new LinkedHashMap<>();

    static PageForm of(MultiValueMap<String, String> params) {
        PageForm form = new PageForm();
        params.forEach((k, v) -> form.values.put(k, String.join("\n", v)));
        return form;
    }

    String text(String field) {
        String v = values.get(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    String required(String field, String message) {
        String v = text(field);
        if (v == null) {
            errors.put(field, message);
        }
        return v;
    }

    LocalDate date(String field, String message) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.put(field, message);
            return null;
        }
    }

    UUID uuid(String field) {
        String v = text(field);
        try {
            return v == null ? null : UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    <E extends Enum<E>> E choice(Class<E> type, String field, String message) {
        String v = text(field);
        try {
            return v == null ? null : Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            errors.put(field, message);
            return null;
        }
    }

    /** Non-blank lines, or comma/semicolon separated items, of a textarea. */
    List<String> items(String field) {
        String v = text(field);
        return v == null ? List.of() : Arrays.stream(v.split("[\\n,;]+")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }
}
