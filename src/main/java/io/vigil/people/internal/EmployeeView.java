package io.vigil.people.internal;

import io.vigil.identity.OrgUnitView;
import io.vigil.people.EmployeeStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An employee as screens and the API show it, with its unit and (when the reader may see them)
 * its manager resolved.
 */
public record EmployeeView(UUID id, String employeeNumber, String name, String nameEn, String email, String phone,
        OrgUnitView orgUnit, String position, ManagerRef manager, LocalDate hireDate, LocalDate leaveDate,
        EmployeeStatus status, UUID userId, Instant createdAt, Instant updatedAt, long version) {

    /** The manager as far as the reader may see them: only the id when their unit is out of scope. */
    public record ManagerRef(UUID id, String employeeNumber, String name) {
    }

    public UUID orgUnitId() {
        return orgUnit.id();
    }

    public EmployeeData toData() {
        return new EmployeeData(employeeNumber, name, nameEn, email, phone, orgUnitId(), position, managerId(),
                hireDate, leaveDate, status, userId);
    }

    public UUID managerId() {
        return manager == null ? null : manager.id();
    }
}
