package io.vigil.supplier.internal;

import io.vigil.supplier.CriticalityTier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The field rules of a supplier, without the database: required fields, lengths, the country code,
 * the credit code for mainland suppliers (GB 32100-2015 check character), known categories, contacts.
 */
final class SupplierRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ()\\-]{3,40}$");

    private SupplierRules() {
    }

    static List<FieldProblem> check(SupplierData d, Set<String> knownCategories) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "name", d.name(), 200);
        optional(problems, "nameEn", d.nameEn(), 200);
        optional(problems, "website", d.website(), 300);
        optional(problems, "address", d.address(), 500);
        optional(problems, "registrationNumber", d.registrationNumber(), 64);
        if (d.country() == null || d.country().isBlank()) {
            problems.add(new FieldProblem("country", "supplier.error.required"));
        } else if (!Countries.isValid(d.country())) {
            problems.add(new FieldProblem("country", "supplier.error.country", d.country()));
        } else if (d.country().equals("CN")) {
            if (d.creditCode() == null || d.creditCode().isBlank()) {
                problems.add(new FieldProblem("creditCode", "supplier.error.creditCodeRequired"));
            } else {
                CreditCode.check(d.creditCode()).ifPresent(problem -> problems.add(new FieldProblem("creditCode",
                        "supplier.error.creditCode." + problem.name().toLowerCase(java.util.Locale.ROOT),
                        d.creditCode())));
            }
        } else if (d.creditCode() != null && !d.creditCode().isBlank()) {
            problems.add(new FieldProblem("creditCode", "supplier.error.creditCodeOnlyMainland"));
        }
        for (String category : d.categories()) {
            if (!knownCategories.contains(category)) {
                problems.add(new FieldProblem("categories", "supplier.error.category", category));
            }
        }
        for (int i = 0; i < d.contacts().size(); i++) {
            Contact c = d.contacts().get(i);
            String prefix = "contacts[" + i + "].";
            required(problems, prefix + "name", c.name(), 100);
            if (c.email() != null && !c.email().isBlank() && (c.email().length() > 254 || !EMAIL.matcher(c.email()).matches())) {
                problems.add(new FieldProblem(prefix + "email", "supplier.error.email", c.email()));
            }
            if (c.phone() != null && !c.phone().isBlank() && !PHONE.matcher(c.phone()).matches()) {
                problems.add(new FieldProblem(prefix + "phone", "supplier.error.phone", c.phone()));
            }
            optional(problems, prefix + "role", c.role(), 100);
        }
        if (d.criticality() != null && d.criticality() != CriticalityTier.STANDARD
                && (d.criticalityReason() == null || d.criticalityReason().isBlank())) {
            problems.add(new FieldProblem("criticalityReason", "supplier.error.criticalityReason"));
        }
        optional(problems, "criticalityReason", d.criticalityReason(), 500);
        if (d.orgUnitId() == null) {
            problems.add(new FieldProblem("orgUnitId", "supplier.error.required"));
        }
        if (d.registeredOn() == null) {
            problems.add(new FieldProblem("registeredOn", "supplier.error.required"));
        }
        return problems;
    }

    private static void required(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "supplier.error.required"));
        } else {
            optional(problems, field, value, max);
        }
    }

    private static void optional(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "supplier.error.tooLong", max));
        }
    }
}
