-- Compliance: frameworks (shipped packs and OSCAL imports) with their requirement trees, mappings
-- between requirements, internal controls with tests and evidence, assessments and certificates.
CREATE TABLE cmp_framework (
    id UUID NOT NULL,
    code VARCHAR(60) NOT NULL,
    title VARCHAR(300) NOT NULL,
    title_zh VARCHAR(300),
    framework_version VARCHAR(60) NOT NULL,
    -- PACK (shipped, upgraded by revision) or OSCAL (imported)
    source VARCHAR(10) NOT NULL,
    pack_revision INT NOT NULL,
    -- OSCAL imports: the document's uuid and file name, so that a profile's catalog href resolves
    oscal_uuid VARCHAR(60),
    source_file VARCHAR(200),
    -- a profile's catalog
    based_on_id UUID,
    requirement_count INT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT cmp_framework_pk PRIMARY KEY (id),
    CONSTRAINT cmp_framework_code_uk UNIQUE (code),
    CONSTRAINT cmp_framework_source_ck CHECK (source IN ('PACK', 'OSCAL'))
);

CREATE TABLE cmp_requirement (
    id UUID NOT NULL,
    framework_id UUID NOT NULL,
    parent_id UUID,
    ref VARCHAR(60) NOT NULL,
    title VARCHAR(500) NOT NULL,
    title_zh VARCHAR(500),
    -- groups (themes, families, clauses with sub-clauses) are not assessed themselves
    assessable BOOLEAN NOT NULL,
    withdrawn BOOLEAN NOT NULL,
    depth INT NOT NULL,
    sort_order INT NOT NULL,
    CONSTRAINT cmp_requirement_pk PRIMARY KEY (id),
    CONSTRAINT cmp_requirement_ref_uk UNIQUE (framework_id, ref),
    CONSTRAINT cmp_requirement_framework_fk FOREIGN KEY (framework_id) REFERENCES cmp_framework (id) ON DELETE CASCADE
);
CREATE INDEX cmp_requirement_framework_idx ON cmp_requirement (framework_id, sort_order);

CREATE TABLE cmp_mapping (
    id UUID NOT NULL,
    source_requirement_id UUID NOT NULL,
    target_requirement_id UUID NOT NULL,
    relation VARCHAR(12) NOT NULL,
    CONSTRAINT cmp_mapping_pk PRIMARY KEY (id),
    CONSTRAINT cmp_mapping_uk UNIQUE (source_requirement_id, target_requirement_id),
    CONSTRAINT cmp_mapping_source_fk FOREIGN KEY (source_requirement_id) REFERENCES cmp_requirement (id) ON DELETE CASCADE,
    CONSTRAINT cmp_mapping_target_fk FOREIGN KEY (target_requirement_id) REFERENCES cmp_requirement (id) ON DELETE CASCADE,
    CONSTRAINT cmp_mapping_relation_ck CHECK (relation IN ('EQUAL', 'SUBSET', 'INTERSECTS'))
);
CREATE INDEX cmp_mapping_target_idx ON cmp_mapping (target_requirement_id);

CREATE TABLE cmp_control (
    id UUID NOT NULL,
    code VARCHAR(40) NOT NULL,
    name VARCHAR(200) NOT NULL,
    description VARCHAR(2000),
    org_unit_id UUID NOT NULL,
    owner_id UUID,
    control_type VARCHAR(12) NOT NULL,
    frequency VARCHAR(12) NOT NULL,
    obligation_id UUID,
    asset_ids VARCHAR(2000),
    risk_ids VARCHAR(2000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT cmp_control_pk PRIMARY KEY (id),
    CONSTRAINT cmp_control_code_uk UNIQUE (code),
    CONSTRAINT cmp_control_unit_fk FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT cmp_control_type_ck CHECK (control_type IN ('PREVENTIVE', 'DETECTIVE', 'CORRECTIVE')),
    CONSTRAINT cmp_control_frequency_ck CHECK (frequency IN ('WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY'))
);
CREATE INDEX cmp_control_unit_idx ON cmp_control (org_unit_id);

CREATE TABLE cmp_control_requirement (
    control_id UUID NOT NULL,
    requirement_id UUID NOT NULL,
    CONSTRAINT cmp_control_requirement_pk PRIMARY KEY (control_id, requirement_id),
    CONSTRAINT cmp_control_requirement_control_fk FOREIGN KEY (control_id) REFERENCES cmp_control (id) ON DELETE CASCADE,
    CONSTRAINT cmp_control_requirement_req_fk FOREIGN KEY (requirement_id) REFERENCES cmp_requirement (id) ON DELETE CASCADE
);
CREATE INDEX cmp_control_requirement_req_idx ON cmp_control_requirement (requirement_id);

CREATE TABLE cmp_evidence (
    id UUID NOT NULL,
    control_id UUID NOT NULL,
    kind VARCHAR(10) NOT NULL,
    title VARCHAR(200) NOT NULL,
    content VARCHAR(4000),
    collected_on DATE NOT NULL,
    valid_until DATE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT cmp_evidence_pk PRIMARY KEY (id),
    CONSTRAINT cmp_evidence_control_fk FOREIGN KEY (control_id) REFERENCES cmp_control (id) ON DELETE CASCADE,
    CONSTRAINT cmp_evidence_kind_ck CHECK (kind IN ('FILE', 'LINK', 'TEXT'))
);
CREATE INDEX cmp_evidence_control_idx ON cmp_evidence (control_id);

CREATE TABLE cmp_control_test (
    id UUID NOT NULL,
    control_id UUID NOT NULL,
    tested_on DATE NOT NULL,
    tester_id UUID,
    method VARCHAR(200) NOT NULL,
    result VARCHAR(12) NOT NULL,
    evidence_id UUID,
    notes VARCHAR(2000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT cmp_control_test_pk PRIMARY KEY (id),
    CONSTRAINT cmp_control_test_control_fk FOREIGN KEY (control_id) REFERENCES cmp_control (id) ON DELETE CASCADE,
    CONSTRAINT cmp_control_test_evidence_fk FOREIGN KEY (evidence_id) REFERENCES cmp_evidence (id),
    CONSTRAINT cmp_control_test_result_ck CHECK (result IN ('EFFECTIVE', 'PARTLY', 'INEFFECTIVE'))
);
CREATE INDEX cmp_control_test_control_idx ON cmp_control_test (control_id, tested_on);

CREATE TABLE cmp_assessment (
    id UUID NOT NULL,
    framework_id UUID NOT NULL,
    name VARCHAR(200) NOT NULL,
    -- what is assessed: an org unit, a site code or a system name
    scope VARCHAR(200) NOT NULL,
    org_unit_id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT cmp_assessment_pk PRIMARY KEY (id),
    CONSTRAINT cmp_assessment_framework_fk FOREIGN KEY (framework_id) REFERENCES cmp_framework (id),
    CONSTRAINT cmp_assessment_unit_fk FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX cmp_assessment_unit_idx ON cmp_assessment (org_unit_id);
CREATE INDEX cmp_assessment_framework_idx ON cmp_assessment (framework_id);

-- Only what a person decided is stored; the derived status is computed when the assessment is read.
CREATE TABLE cmp_assessment_entry (
    id UUID NOT NULL,
    assessment_id UUID NOT NULL,
    requirement_id UUID NOT NULL,
    status VARCHAR(16),
    reason VARCHAR(2000),
    applicable BOOLEAN NOT NULL,
    justification VARCHAR(2000),
    implementation VARCHAR(16),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT cmp_assessment_entry_pk PRIMARY KEY (id),
    CONSTRAINT cmp_assessment_entry_uk UNIQUE (assessment_id, requirement_id),
    CONSTRAINT cmp_assessment_entry_assessment_fk FOREIGN KEY (assessment_id) REFERENCES cmp_assessment (id) ON DELETE CASCADE,
    CONSTRAINT cmp_assessment_entry_req_fk FOREIGN KEY (requirement_id) REFERENCES cmp_requirement (id) ON DELETE CASCADE,
    CONSTRAINT cmp_assessment_entry_status_ck CHECK (status IS NULL OR status IN ('COMPLIANT', 'PARTLY', 'NON_COMPLIANT', 'NOT_APPLICABLE', 'NOT_ASSESSED')),
    CONSTRAINT cmp_assessment_entry_impl_ck CHECK (implementation IS NULL OR implementation IN ('PLANNED', 'PARTIAL', 'IMPLEMENTED'))
);

CREATE TABLE cmp_certificate (
    id UUID NOT NULL,
    standard VARCHAR(40) NOT NULL,
    issuing_body VARCHAR(200) NOT NULL,
    certificate_number VARCHAR(100) NOT NULL,
    scope_sites VARCHAR(500) NOT NULL,
    scope_services VARCHAR(1000),
    org_unit_id UUID NOT NULL,
    issued_on DATE NOT NULL,
    expires_on DATE NOT NULL,
    next_surveillance_on DATE,
    period_start DATE,
    period_end DATE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT cmp_certificate_pk PRIMARY KEY (id),
    CONSTRAINT cmp_certificate_unit_fk FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT cmp_certificate_dates_ck CHECK (expires_on >= issued_on)
);
CREATE INDEX cmp_certificate_expiry_idx ON cmp_certificate (expires_on);
CREATE INDEX cmp_certificate_unit_idx ON cmp_certificate (org_unit_id);

CREATE TABLE cmp_mlps_filing (
    id UUID NOT NULL,
    system_name VARCHAR(200) NOT NULL,
    protection_level INT NOT NULL,
    filing_number VARCHAR(100) NOT NULL,
    org_unit_id UUID NOT NULL,
    last_assessed_on DATE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT cmp_mlps_filing_pk PRIMARY KEY (id),
    CONSTRAINT cmp_mlps_filing_unit_fk FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT cmp_mlps_filing_level_ck CHECK (protection_level BETWEEN 1 AND 5)
);
CREATE INDEX cmp_mlps_filing_unit_idx ON cmp_mlps_filing (org_unit_id);
