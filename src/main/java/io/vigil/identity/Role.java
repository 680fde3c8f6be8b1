package io.vigil.identity;

import static io.vigil.identity.Permission.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The roles of PRODUCT.md and the permissions each grants. */
public enum Role {

    ADMIN(EnumSet.allOf(Permission.class)),
    CISO(union(allReads(), EnumSet.of(AUDIT_READ, GOVERNANCE_WRITE, RISK_WRITE, RISK_APPROVE, COMPLIANCE_WRITE,
            VULNERABILITY_WRITE, ACCESS_WRITE, OPLOG_REVIEW, INCIDENT_WRITE, TASK_MANAGE, SELF_SERVICE))),
    SECURITY_OFFICER(EnumSet.of(PEOPLE_READ, GOVERNANCE_READ, RISK_READ, RISK_WRITE, COMPLIANCE_READ,
            VULNERABILITY_READ, VULNERABILITY_WRITE, ACCESS_READ, ACCESS_WRITE, OPLOG_READ, OPLOG_REVIEW,
            INCIDENT_READ, INCIDENT_WRITE, SUPPLIER_READ, TASK_READ, SELF_SERVICE)),
    COMPLIANCE_MANAGER(EnumSet.of(PEOPLE_READ, AUDIT_READ, GOVERNANCE_READ, GOVERNANCE_WRITE, RISK_READ,
            COMPLIANCE_READ, COMPLIANCE_WRITE, VULNERABILITY_READ, ACCESS_READ, OPLOG_READ, INCIDENT_READ,
            TRAINING_READ, SUPPLIER_READ, REPORTING_READ, TASK_READ, TASK_MANAGE, SELF_SERVICE)),
    /** Internal and external auditors: everything readable, nothing writable. */
    AUDITOR(union(allReads(), EnumSet.of(AUDIT_READ))),
    /**
     * External auditors (certification bodies, MLPS assessors): no standing access at all; an audit
     * that names them opens its scope to them, read-only, while its fieldwork runs (ADR 0005).
     */
    EXTERNAL_AUDITOR(EnumSet.of(COMPLIANCE_ENGAGEMENT)),
    PRIVACY_OFFICER(EnumSet.of(PEOPLE_READ, GOVERNANCE_READ, PRIVACY_READ, PRIVACY_WRITE, INCIDENT_READ,
            SUPPLIER_READ, TRAINING_READ, SELF_SERVICE)),
    PROCUREMENT_MANAGER(EnumSet.of(PEOPLE_READ, SUPPLIER_READ, SUPPLIER_WRITE, SUPPLIER_APPROVE, REPORTING_READ,
            SELF_SERVICE)),
    PROCUREMENT_OFFICER(EnumSet.of(SUPPLIER_READ, SUPPLIER_WRITE, SELF_SERVICE)),
    /** Dashboards and reports, read-only. */
    AUDIT_COMMITTEE(EnumSet.of(REPORTING_READ, RISK_READ, COMPLIANCE_READ, INCIDENT_READ)),
    EMPLOYEE(EnumSet.of(SELF_SERVICE)),
    SUPPLIER_CONTACT(EnumSet.of(SUPPLIER_PORTAL));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    public static Set<Role> granting(Permission permission) {
        return Arrays.stream(values()).filter(r -> r.grants(permission)).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<Permission> allReads() {
        return Arrays.stream(Permission.values()).filter(Permission::isReadOnly)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));
    }

    private static Set<Permission> union(Set<Permission> a, Set<Permission> b) {
        EnumSet<Permission> all = EnumSet.noneOf(Permission.class);
        all.addAll(a);
        all.addAll(b);
        return all;
    }
}
