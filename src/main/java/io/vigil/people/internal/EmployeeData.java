package io.vigil.people.internal;

import io.vigil.people.EmployeeStatus;
import java.time.LocalDate;
import java.util.UUID;

/** The values a person edits on an employee, as one immutable set: what create, update and import agree on. */
public record EmployeeData(String employeeNumber, String name, String nameEn, String email, String phone,
        UUID orgUnitId, String position, UUID managerId, LocalDate hireDate, LocalDate leaveDate,
        EmployeeStatus status, UUID userId) {

    public EmployeeData {
        employeeNumber = trimmed(employeeNumber);
        name = trimmed(name);
        nameEn = trimmed(nameEn);
        email = trimmed(email);
        phone = trimmed(phone);
        position = trimmed(position);
    }

    private static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
