-- Audits with their findings and the corrective actions that close them.
CREATE TABLE cmp_audit (
    id UUID NOT NULL,
    title VARCHAR(200) NOT NULL,
    audit_type VARCHAR(30) NOT NULL,
    org_unit_id UUID NOT NULL,
    scope VARCHAR(500) NOT NULL,
    framework_id UUID,
    auditors VARCHAR(500),
    planned_start DATE NOT NULL,
    planned_end DATE NOT NULL,
    status VARCHAR(12) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT cmp_audit_pk PRIMARY KEY (id),
    CONSTRAINT cmp_audit_unit_fk FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT cmp_audit_framework_fk FOREIGN KEY (framework_id) REFERENCES cmp_framework (id),
    CONSTRAINT cmp_audit_type_ck CHECK (audit_type IN ('INTERNAL_IT', 'EXTERNAL_IT', 'COMPLIANCE', 'CERTIFICATION_STAGE1',
        'CERTIFICATION_STAGE2', 'SURVEILLANCE', 'RECERTIFICATION', 'CLASSIFIED_PROTECTION')),
    CONSTRAINT cmp_audit_status_ck CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'COMPLETED')),
    CONSTRAINT cmp_audit_dates_ck CHECK (planned_end >= planned_start)
);
CREATE INDEX cmp_audit_unit_idx ON cmp_audit (org_unit_id, planned_start);

CREATE TABLE cmp_finding (
    id UUID NOT NULL,
    audit_id UUID NOT NULL,
    severity VARCHAR(16) NOT NULL,
    title VARCHAR(200) NOT NULL,
    description VARCHAR(4000),
    requirement_id UUID,
    root_cause VARCHAR(2000),
    action VARCHAR(2000),
    owner_id UUID,
    due_on DATE,
    status VARCHAR(16) NOT NULL,
    verification VARCHAR(2000),
    closed_on DATE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT cmp_finding_pk PRIMARY KEY (id),
    CONSTRAINT cmp_finding_audit_fk FOREIGN KEY (audit_id) REFERENCES cmp_audit (id) ON DELETE CASCADE,
    CONSTRAINT cmp_finding_requirement_fk FOREIGN KEY (requirement_id) REFERENCES cmp_requirement (id) ON DELETE SET NULL,
    CONSTRAINT cmp_finding_severity_ck CHECK (severity IN ('MAJOR', 'MINOR', 'OBSERVATION', 'OPPORTUNITY')),
    CONSTRAINT cmp_finding_status_ck CHECK (status IN ('OPEN', 'ACTION_PLANNED', 'CLOSED'))
);
CREATE INDEX cmp_finding_audit_idx ON cmp_finding (audit_id);
CREATE INDEX cmp_finding_status_idx ON cmp_finding (status, due_on);
