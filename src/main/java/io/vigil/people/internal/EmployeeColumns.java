package io.vigil.people.internal;

import java.util.List;
import java.util.Set;

/** The file layout shared by import and export, so that an export can be imported again. */
public final class EmployeeColumns {

    public static final String EMPLOYEE_NUMBER = "employee_number";
    public static final String NAME = "name";
    public static final String NAME_EN = "name_en";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String ORG_UNIT_CODE = "org_unit_code";
    public static final String POSITION = "position";
    public static final String MANAGER = "manager_employee_number";
    public static final String HIRE_DATE = "hire_date";
    public static final String LEAVE_DATE = "leave_date";
    public static final String STATUS = "status";

    public static final List<String> ALL = List.of(EMPLOYEE_NUMBER, NAME, NAME_EN, EMAIL, PHONE, ORG_UNIT_CODE,
            POSITION, MANAGER, HIRE_DATE, LEAVE_DATE, STATUS);

    public static final Set<String> REQUIRED = Set.of(EMPLOYEE_NUMBER, NAME, EMAIL, ORG_UNIT_CODE, HIRE_DATE);

    private EmployeeColumns() {
    }

    /** The column that holds an {@link EmployeeData} field, for pointing at the cell at fault. */
    static String forField(String field) {
        return switch (field) {
            case "employeeNumber" -> EMPLOYEE_NUMBER;
            case "nameEn" -> NAME_EN;
            case "orgUnitId" -> ORG_UNIT_CODE;
            case "managerId" -> MANAGER;
            case "hireDate" -> HIRE_DATE;
            case "leaveDate" -> LEAVE_DATE;
            default -> field;
        };
    }
}
