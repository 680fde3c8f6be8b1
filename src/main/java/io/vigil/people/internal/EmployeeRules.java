package io.vigil.people.internal;

import io.vigil.people.EmployeeStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks an employee's values must pass on their own, without looking anything up. The form,
 * the API and the importer all use these, so a value valid in one is valid in all.
 */
public final class EmployeeRules {

    static final int NUMBER_MAX = 32;
    static final int NAME_MAX = 100;
    static final int EMAIL_MAX = 254;
    static final int PHONE_MAX = 40;
    static final int POSITION_MAX = 100;
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]+");

    private EmployeeRules() {
    }

    public static List<FieldProblem> check(EmployeeData data) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "employeeNumber", data.employeeNumber(), true, NUMBER_MAX, NUMBER);
        text(problems, "name", data.name(), true, NAME_MAX, null);
        text(problems, "nameEn", data.nameEn(), false, NAME_MAX, null);
        if (data.email() != null && data.email().length() <= EMAIL_MAX && !EMAIL.matcher(data.email()).matches()) {
            problems.add(new FieldProblem("email", "people.error.email"));
        } else {
            text(problems, "email", data.email(), true, EMAIL_MAX, null);
        }
        text(problems, "phone", data.phone(), false, PHONE_MAX, PHONE);
        text(problems, "position", data.position(), false, POSITION_MAX, null);
        if (data.orgUnitId() == null) {
            problems.add(new FieldProblem("orgUnitId", "people.error.required"));
        }
        if (data.hireDate() == null) {
            problems.add(new FieldProblem("hireDate", "people.error.required"));
        }
        if (data.hireDate() != null && data.leaveDate() != null && data.leaveDate().isBefore(data.hireDate())) {
            problems.add(new FieldProblem("leaveDate", "people.error.leaveBeforeHire"));
        }
        if (data.status() == EmployeeStatus.LEFT && data.leaveDate() == null) {
            problems.add(new FieldProblem("leaveDate", "people.error.leftNeedsLeaveDate"));
        }
        return problems;
    }

    private static void text(List<FieldProblem> problems, String field, String value, boolean required, int max,
            Pattern format) {
        if (value == null) {
            if (required) {
                problems.add(new FieldProblem(field, "people.error.required"));
            }
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "people.error.tooLong", max));
        } else if (format != null && !format.matcher(value).matches()) {
            problems.add(new FieldProblem(field, "people.error.format"));
        }
    }
}
