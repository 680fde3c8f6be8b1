package io.vigil.people.web;

import io.vigil.people.EmployeeStatus;
import io.vigil.people.internal.EmployeeView;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the create and edit forms bind. People type a manager's employee number and an account's
 * username; the controller turns them into ids.
 */
public class EmployeeForm {

    private String employeeNumber;
    private String name;
    private String nameEn;
    private String email;
    private String phone;
    private UUID orgUnitId;
    private String position;
    private String managerNumber;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate hireDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate leaveDate;
    private EmployeeStatus status = EmployeeStatus.ACTIVE;
    private String username;
    private long version;

    static EmployeeForm of(EmployeeView e, String username) {
        EmployeeForm form = new EmployeeForm();
        form.employeeNumber = e.employeeNumber();
        form.name = e.name();
        form.nameEn = e.nameEn();
        form.email = e.email();
        form.phone = e.phone();
        form.orgUnitId = e.orgUnitId();
        form.position = e.position();
        form.managerNumber = e.manager() == null ? null : e.manager().employeeNumber();
        form.hireDate = e.hireDate();
        form.leaveDate = e.leaveDate();
        form.status = e.status();
        form.username = username;
        form.version = e.version();
        return form;
    }

    /** The form field that shows a problem with an employee field. */
    static String formField(String field) {
        return switch (field) {
            case "managerId" -> "managerNumber";
            case "userId" -> "username";
            default -> field;
        };
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public UUID getOrgUnitId() {
        return orgUnitId;
    }

    public void setOrgUnitId(UUID orgUnitId) {
        this.orgUnitId = orgUnitId;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getManagerNumber() {
        return managerNumber;
    }

    public void setManagerNumber(String managerNumber) {
        this.managerNumber = managerNumber;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    public LocalDate getLeaveDate() {
        return leaveDate;
    }

    public void setLeaveDate(LocalDate leaveDate) {
        this.leaveDate = leaveDate;
    }

    public EmployeeStatus getStatus() {
        return status;
    }

    public void setStatus(EmployeeStatus status) {
        this.status = status;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
