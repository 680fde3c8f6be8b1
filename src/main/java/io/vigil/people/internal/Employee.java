package io.vigil.people.internal;

import io.vigil.people.EmployeeStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One person in the directory. Values are checked by {@link EmployeeRules} before they reach here. */
@Entity
@Table(name = "employee")
public class Employee {

    @Id
    private UUID id;

    @Column(name = "employee_number", nullable = false, unique = true)
    private String employeeNumber;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_en")
    private String nameEn;

    @Column(nullable = false)
    private String email;

    private String phone;

    @Column(name = "org_unit_id", nullable = false)
    private UUID orgUnitId;

    private String position;

    @Column(name = "manager_id")
    private UUID managerId;

    @Column(name = "hire_date", nullable = false)
    private LocalDate hireDate;

    @Column(name = "leave_date")
    private LocalDate leaveDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EmployeeStatus status;

    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    // a wrapper type so that Spring Data sees a new entity (null) and persists without a select first
    @Version
    private Long version;

    protected Employee() {
    }

    public Employee(UUID id, EmployeeData data, Instant now) {
        this.id = id;
        this.createdAt = now;
        apply(data, now);
    }

    public void apply(EmployeeData data, Instant now) {
        this.employeeNumber = data.employeeNumber();
        this.name = data.name();
        this.nameEn = data.nameEn();
        this.email = data.email();
        this.phone = data.phone();
        this.orgUnitId = data.orgUnitId();
        this.position = data.position();
        this.managerId = data.managerId();
        this.hireDate = data.hireDate();
        this.leaveDate = data.leaveDate();
        this.status = data.status() == null ? EmployeeStatus.ACTIVE : data.status();
        this.userId = data.userId();
        this.searchText = searchTextOf(employeeNumber, name, nameEn, email);
        this.updatedAt = now;
    }

    /** Lower-cased so that a plain (indexable) LIKE finds names regardless of case on every database. */
    static String searchTextOf(String... parts) {
        String text = Stream.of(parts).filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    public EmployeeData data() {
        return new EmployeeData(employeeNumber, name, nameEn, email, phone, orgUnitId, position, managerId,
                hireDate, leaveDate, status, userId);
    }

    /** The audited view of the editable fields. */
    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("employeeNumber", employeeNumber);
        fields.put("name", name);
        fields.put("nameEn", nameEn);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("orgUnitId", orgUnitId);
        fields.put("position", position);
        fields.put("managerId", managerId);
        fields.put("hireDate", hireDate);
        fields.put("leaveDate", leaveDate);
        fields.put("status", status);
        fields.put("userId", userId);
        fields.values().removeIf(java.util.Objects::isNull);
        return fields;
    }

    public UUID getId() {
        return id;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public UUID getOrgUnitId() {
        return orgUnitId;
    }

    public String getPosition() {
        return position;
    }

    public UUID getManagerId() {
        return managerId;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public LocalDate getLeaveDate() {
        return leaveDate;
    }

    public EmployeeStatus getStatus() {
        return status;
    }

    public UUID getUserId() {
        return userId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }
}
