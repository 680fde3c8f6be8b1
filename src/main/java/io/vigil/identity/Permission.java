package io.vigil.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * Named permissions. Code checks these ({@code hasAuthority('people:read')}), never role names, so
 * the role-to-permission mapping can change without touching any module.
 */
public enum Permission {

    ADMIN_USERS("admin:users"),
    ADMIN_ORG_UNITS("admin:orgunits"),
    AUDIT_READ("audit:read"),
    PEOPLE_READ("people:read"),
    PEOPLE_WRITE("people:write"),
    GOVERNANCE_READ("governance:read"),
    GOVERNANCE_WRITE("governance:write"),
    RISK_READ("risk:read"),
    RISK_WRITE("risk:write"),
    RISK_APPROVE("risk:approve"),
    COMPLIANCE_READ("compliance:read"),
    COMPLIANCE_WRITE("compliance:write"),
    /** Read what an audit naming the user puts in scope, during its fieldwork window (ADR 0005). */
    COMPLIANCE_ENGAGEMENT("compliance:engagement"),
    VULNERABILITY_READ("vulnerability:read"),
    VULNERABILITY_WRITE("vulnerability:write"),
    ACCESS_READ("access:read"),
    ACCESS_WRITE("access:write"),
    OPLOG_READ("oplog:read"),
    OPLOG_REVIEW("oplog:review"),
    INCIDENT_READ("incident:read"),
    INCIDENT_WRITE("incident:write"),
    PRIVACY_READ("privacy:read"),
    PRIVACY_WRITE("privacy:write"),
    TRAINING_READ("training:read"),
    TRAINING_WRITE("training:write"),
    SUPPLIER_READ("supplier:read"),
    SUPPLIER_WRITE("supplier:write"),
    SUPPLIER_APPROVE("supplier:approve"),
    SUPPLIER_PORTAL("supplier:portal"),
    REPORTING_READ("reporting:read"),
    TASK_READ("task:read"),
    TASK_MANAGE("task:manage"),
    SELF_SERVICE("self:service");

    private final String key;

    Permission(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public boolean isReadOnly() {
        return key.endsWith(":read");
    }

    public static Optional<Permission> fromKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
