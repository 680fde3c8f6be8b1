-- Audit programme: the audit plan, named external auditors (read-only access to the audit's scope
-- while its planned dates run) and several corrective actions per finding.
ALTER TABLE cmp_audit ADD COLUMN audit_plan VARCHAR(4000);

CREATE TABLE cmp_audit_auditor (
    audit_id UUID NOT NULL,
    user_id UUID NOT NULL,
    CONSTRAINT cmp_audit_auditor_pk PRIMARY KEY (audit_id, user_id),
    CONSTRAINT cmp_audit_auditor_audit_fk FOREIGN KEY (audit_id) REFERENCES cmp_audit (id) ON DELETE CASCADE,
    CONSTRAINT cmp_audit_auditor_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
);
-- "which audits name me and are open today" is asked on every read of an external auditor
CREATE INDEX cmp_audit_auditor_user_idx ON cmp_audit_auditor (user_id);
CREATE INDEX cmp_audit_status_idx ON cmp_audit (status, planned_start);

CREATE TABLE cmp_corrective_action (
    id UUID NOT NULL,
    finding_id UUID NOT NULL,
    root_cause VARCHAR(2000) NOT NULL,
    action VARCHAR(2000) NOT NULL,
    owner_id UUID,
    due_on DATE NOT NULL,
    status VARCHAR(16) NOT NULL,
    implemented_on DATE,
    implementation_note VARCHAR(2000),
    verification VARCHAR(2000),
    effective BOOLEAN,
    closed_on DATE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT cmp_corrective_action_pk PRIMARY KEY (id),
    CONSTRAINT cmp_corrective_action_finding_fk FOREIGN KEY (finding_id) REFERENCES cmp_finding (id) ON DELETE CASCADE,
    CONSTRAINT cmp_corrective_action_status_ck CHECK (status IN ('OPEN', 'IMPLEMENTED', 'CLOSED'))
);
CREATE INDEX cmp_corrective_action_finding_idx ON cmp_corrective_action (finding_id);
CREATE INDEX cmp_corrective_action_status_idx ON cmp_corrective_action (status, due_on);
CREATE INDEX cmp_corrective_action_owner_idx ON cmp_corrective_action (owner_id);

-- the one action a finding could carry becomes its first corrective action (same id, so its task stays linked)
INSERT INTO cmp_corrective_action (id, finding_id, root_cause, action, owner_id, due_on, status, verification,
        effective, closed_on, created_at, updated_at, version)
    SELECT id, id, COALESCE(root_cause, '-'), action, owner_id, COALESCE(due_on, CAST(created_at AS DATE)),
        CASE WHEN status = 'CLOSED' THEN 'CLOSED' ELSE 'OPEN' END,
        CASE WHEN status = 'CLOSED' THEN verification END,
        CASE WHEN status = 'CLOSED' THEN TRUE END,
        CASE WHEN status = 'CLOSED' THEN closed_on END, created_at, updated_at, 0
    FROM cmp_finding WHERE action IS NOT NULL;

DROP INDEX cmp_finding_status_idx;
ALTER TABLE cmp_finding DROP COLUMN root_cause;
ALTER TABLE cmp_finding DROP COLUMN action;
ALTER TABLE cmp_finding DROP COLUMN owner_id;
ALTER TABLE cmp_finding DROP COLUMN due_on;
CREATE INDEX cmp_finding_status_idx ON cmp_finding (status);
