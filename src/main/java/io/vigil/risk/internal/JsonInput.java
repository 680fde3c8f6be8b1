package io.vigil.risk.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads a JSON body (already a map) onto current values: a present key replaces the value,
 * {@code null} clears it, an absent key keeps it. Wrong types become field problems, not a 500.
 */
public final class JsonInput {

    private final Map<String, Object> body;
    private final List<FieldProblem> problems = new ArrayList<>();

    public JsonInput(Map<String, Object> body, Collection<String> allowed) {
        this.body = body == null ? Map.of() : body;
        this.body.keySet().stream().filter(k -> !allowed.contains(k)).sorted()
                .forEach(k -> problems.add(new FieldProblem(k, "risk.error.unknownField")));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public String text(String field, String current) {
        return value(field, current, s -> s);
    }

    public UUID uuid(String field, UUID current) {
        return value(field, current, s -> UUID.fromString(s.strip()));
    }

    public java.time.LocalDate date(String field, java.time.LocalDate current) {
        return value(field, current, s -> java.time.LocalDate.parse(s.strip()));
    }

    public Integer integer(String field, Integer current) {
        return value(field, current, s -> Integer.valueOf(s.strip()));
    }

    public <E extends Enum<E>> E enumValue(String field, E current, Class<E> type) {
        return value(field, current, s -> Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT).replace(' ', '_')));
    }

    public Long version() {
        Object raw = body.get("version");
        if (raw instanceof Number n) {
            return n.longValue();
        }
        if (raw != null) {
            problems.add(new FieldProblem("version", "risk.error.format"));
        }
        return null;
    }

    /** A list of scalars; a single string is accepted as a one-element list. */
    public <T> List<T> list(String field, List<T> current, Function<String, T> parse) {
        if (!body.containsKey(field)) {
            return current;
        }
        Object raw = body.get(field);
        if (raw == null) {
            return List.of();
        }
        List<?> items = raw instanceof List<?> l ? l : List.of(raw);
        List<T> result = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String) && !(item instanceof Number)) {
                problems.add(new FieldProblem(field, "risk.error.format"));
                return current;
            }
            try {
                String text = String.valueOf(item).strip();
                if (!text.isEmpty()) {
                    result.add(parse.apply(text));
                }
            } catch (RuntimeException e) {
                problems.add(new FieldProblem(field, "risk.error.format"));
                return current;
            }
        }
        return result;
    }

    public Object raw(String field) {
        return body.get(field);
    }

    public boolean has(String field) {
        return body.containsKey(field);
    }

    public void problem(String field, String key) {
        problems.add(new FieldProblem(field, key));
    }

    private <T> T value(String field, T current, Function<String, T> parse) {
        if (!body.containsKey(field)) {
            return current;
        }
        Object raw = body.get(field);
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof String) && !(raw instanceof Number) && !(raw instanceof Boolean)) {
            problems.add(new FieldProblem(field, "risk.error.format"));
            return current;
        }
        String text = String.valueOf(raw);
        if (text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            problems.add(new FieldProblem(field, "risk.error.format"));
            return current;
        }
    }
}
