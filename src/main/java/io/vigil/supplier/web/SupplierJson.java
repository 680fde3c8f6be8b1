package io.vigil.supplier.web;

import io.vigil.supplier.CriticalityTier;
import io.vigil.supplier.internal.Contact;
import io.vigil.supplier.internal.FieldProblem;
import io.vigil.supplier.internal.InvalidSupplierException;
import io.vigil.supplier.internal.SupplierData;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads a supplier's JSON body onto a base (empty for a creation, the current values for a PATCH):
 * a present key replaces the value, {@code null} clears it, an absent key keeps it. Wrong types are
 * field errors, not a failed request; {@code status} is refused (it has its own endpoint).
 */
final class SupplierJson {

    record Parsed(SupplierData data, Long version) {
    }

    private static final List<String> FIELDS = List.of("name", "nameEn", "creditCode", "registrationNumber", "country",
            "website", "address", "categories", "contacts", "criticality", "criticalityReason", "ownerId", "orgUnitId",
            "registeredOn", "version");

    private final Map<String, Object> body;
    private final List<FieldProblem> problems = new ArrayList<>();

    private SupplierJson(Map<String, Object> body) {
        this.body = body == null ? Map.of() : body;
    }

    static Parsed merge(SupplierData base, Map<String, Object> body) {
        return new SupplierJson(body).onto(base);
    }

    private Parsed onto(SupplierData b) {
        body.keySet().stream().filter(key -> !FIELDS.contains(key)).sorted().forEach(key -> problems.add(
                new FieldProblem(key, key.equals("status") ? "supplier.error.statusEndpoint" : "supplier.error.unknownField")));
        SupplierData data = new SupplierData(value("name", b.name(), s -> s), value("nameEn", b.nameEn(), s -> s),
                value("creditCode", b.creditCode(), s -> s), value("registrationNumber", b.registrationNumber(), s -> s),
                value("country", b.country(), s -> s), value("website", b.website(), s -> s),
                value("address", b.address(), s -> s), categories(b.categories()), contacts(b.contacts()),
                value("criticality", b.criticality(), s -> CriticalityTier.valueOf(s.strip().toUpperCase(Locale.ROOT))),
                value("criticalityReason", b.criticalityReason(), s -> s),
                value("ownerId", b.ownerId(), UUID::fromString), value("orgUnitId", b.orgUnitId(), UUID::fromString),
                value("registeredOn", b.registeredOn(), LocalDate::parse));
        Long version = null;
        Object rawVersion = body.get("version");
        if (rawVersion instanceof Number number) {
            version = number.longValue();
        } else if (rawVersion != null) {
            problems.add(new FieldProblem("version", "supplier.error.format"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSupplierException(problems);
        }
        return new Parsed(data, version);
    }

    private Set<String> categories(Set<String> current) {
        if (!body.containsKey("categories")) {
            return current;
        }
        Object raw = body.get("categories");
        if (raw == null) {
            return Set.of();
        }
        if (!(raw instanceof List<?> list) || list.stream().anyMatch(v -> !(v instanceof String))) {
            problems.add(new FieldProblem("categories", "supplier.error.format"));
            return current;
        }
        Set<String> result = new LinkedHashSet<>();
        list.forEach(v -> result.add((String) v));
        return result;
    }

    private List<Contact> contacts(List<Contact> current) {
        if (!body.containsKey("contacts")) {
            return current;
        }
        Object raw = body.get("contacts");
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            problems.add(new FieldProblem("contacts", "supplier.error.format"));
            return current;
        }
        List<Contact> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> map)) {
                problems.add(new FieldProblem("contacts[" + i + "]", "supplier.error.format"));
                continue;
            }
            result.add(new Contact(text(map.get("name")), text(map.get("email")), text(map.get("phone")),
                    text(map.get("role"))));
        }
        return result;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
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
            problems.add(new FieldProblem(field, "supplier.error.format"));
            return current;
        }
        try {
            return parse.apply(raw.toString());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.add(new FieldProblem(field, "supplier.error.format"));
            return current;
        }
    }
}
