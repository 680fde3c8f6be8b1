package io.vigil.supplier.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What a category administrator enters; {@link #check} names every field that breaks a rule. */
public record CategoryData(String code, String nameEn, String nameZh, Integer sortOrder, Boolean active,
        Set<String> requiredDocuments) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    static final Set<String> DOCUMENT_TYPES = Arrays.stream(SupplierDocument.Type.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    public CategoryData {
        code = code == null ? null : code.strip();
        nameEn = nameEn == null ? null : nameEn.strip();
        nameZh = nameZh == null ? null : nameZh.strip();
        requiredDocuments = requiredDocuments == null ? Set.of() : Set.copyOf(requiredDocuments);
    }

    List<FieldProblem> check(boolean creating) {
        List<FieldProblem> problems = new ArrayList<>();
        if (creating && (code == null || !CODE.matcher(code).matches())) {
            problems.add(new FieldProblem("code", "supplier.category.error.code"));
        }
        name(problems, "nameEn", nameEn);
        name(problems, "nameZh", nameZh);
        for (String type : requiredDocuments) {
            if (!DOCUMENT_TYPES.contains(type)) {
                problems.add(new FieldProblem("requiredDocuments", "supplier.category.error.documentType", type));
            }
        }
        if (sortOrder != null && (sortOrder < 0 || sortOrder > 100_000)) {
            problems.add(new FieldProblem("sortOrder", "supplier.category.error.sortOrder"));
        }
        return problems;
    }

    private static void name(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isEmpty()) {
            problems.add(new FieldProblem(field, "supplier.category.error.nameRequired"));
        } else if (value.length() > 100) {
            problems.add(new FieldProblem(field, "supplier.category.error.nameLength"));
        }
    }
}
