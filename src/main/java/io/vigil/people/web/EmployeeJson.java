package io.vigil.people.web;

import io.vigil.people.EmployeeStatus;
import io.vigil.people.internal.EmployeeData;
import io.vigil.people.internal.FieldProblem;
import io.vigil.people.internal.InvalidEmployeeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads an employee's JSON body onto a base (empty for a creation, the current values for a
 * PATCH): a key that is present replaces the value, {@code null} clears it, an absent key keeps it.
 * Values of the wrong type are field errors, not a failed request.
 */
final class EmployeeJson {

    record Parsed(EmployeeData data, Long version) {
    }

    private static final List<String> FIELDS = List.of("employeeNumber", "name", "nameEn", "email", "phone",
            "orgUnitId", "position", "managerId", "hireDate", "leaveDate", "status", "userId", "version");

    private final Map<String, Object> body;
    private final List<FieldProblem> problems = new ArrayList<>();

    private EmployeeJson(Map<String, Object> body) {
        this.body = body == null ? Map.of() : body;
    }

    static EmployeeData empty() {
        return new EmployeeData(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static Parsed merge(EmployeeData base, Map<String, Object> body) {
        return new EmployeeJson(body).onto(base);
    }

    private Parsed onto(EmployeeData b) {
        body.keySet().stream().filter(key -> !FIELDS.contains(key)).sorted()
                .forEach(key -> problems.add(new FieldProblem(key, "people.error.unknownField")));
        EmployeeData data = new EmployeeData(
                value("employeeNumber", b.employeeNumber(), this::text), value("name", b.name(), this::text),
                value("nameEn", b.nameEn(), this::text), value("email", b.email(), this::text),
                value("phone", b.phone(), this::text), value("orgUnitId", b.orgUnitId(), UUID::fromString),
                value("position", b.position(), this::text), value("managerId", b.managerId(), UUID::fromString),
                value("hireDate", b.hireDate(), LocalDate::parse), value("leaveDate", b.leaveDate(), LocalDate::parse),
                value("status", b.status(), s -> EmployeeStatus.valueOf(s.strip().toUpperCase(Locale.ROOT))),
                value("userId", b.userId(), UUID::fromString));
        Long version = null;
        Object rawVersion = body.get("version");
        if (rawVersion instanceof Number number) {
            version = number.longValue();
        } else if (rawVersion != null) {
            problems.add(new FieldProblem("version", "people.error.format"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidEmployeeException(problems);
        }
        return new Parsed(data, version);
    }

    private String text(String value) {
        return value;
    }

    private <T> T value(String field, T current, Function<String, T> parse) {
        if (!body.containsKey(field)) {
            return current;
        }
        Object raw = body.get(field);
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof String) && !(raw instanceof Number)) {
            problems.add(new FieldProblem(field, "people.error.format"));
            return current;
        }
        try {
            return parse.apply(raw.toString());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.add(new FieldProblem(field, "people.error.format"));
            return current;
        }
    }
}
