-- Risk module: the asset inventory. Every asset belongs to an org unit (data segregation).
CREATE TABLE asset (
    id UUID NOT NULL,
    code VARCHAR(64) NOT NULL,
    name VARCHAR(200) NOT NULL,
    asset_type VARCHAR(32) NOT NULL,
    description VARCHAR(2000),
    org_unit_id UUID NOT NULL,
    site_unit_id UUID,
    owner_user_id UUID,
    custodian_user_id UUID,
    confidentiality INTEGER NOT NULL,
    integrity INTEGER NOT NULL,
    availability INTEGER NOT NULL,
    data_classification VARCHAR(16) NOT NULL,
    personal_information VARCHAR(16) NOT NULL,
    -- derived by CriticalityPolicy on every write; stored so lists filter and sort by it
    criticality INTEGER NOT NULL,
    search_text VARCHAR(500) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT asset_pk PRIMARY KEY (id),
    CONSTRAINT asset_code_uk UNIQUE (code),
    CONSTRAINT asset_org_unit_fk FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT asset_site_fk FOREIGN KEY (site_unit_id) REFERENCES org_unit (id),
    CONSTRAINT asset_owner_fk FOREIGN KEY (owner_user_id) REFERENCES user_account (id) ON DELETE SET NULL,
    CONSTRAINT asset_custodian_fk FOREIGN KEY (custodian_user_id) REFERENCES user_account (id) ON DELETE SET NULL,
    CONSTRAINT asset_c_ck CHECK (confidentiality BETWEEN 1 AND 5),
    CONSTRAINT asset_i_ck CHECK (integrity BETWEEN 1 AND 5),
    CONSTRAINT asset_a_ck CHECK (availability BETWEEN 1 AND 5),
    CONSTRAINT asset_criticality_ck CHECK (criticality BETWEEN 1 AND 5),
    CONSTRAINT asset_data_class_ck CHECK (data_classification IN ('GENERAL', 'IMPORTANT', 'CORE')),
    CONSTRAINT asset_pi_ck CHECK (personal_information IN ('NONE', 'PERSONAL', 'SENSITIVE'))
);
CREATE INDEX asset_org_unit_idx ON asset (org_unit_id);
CREATE INDEX asset_site_idx ON asset (site_unit_id);
CREATE INDEX asset_type_idx ON asset (asset_type);
CREATE INDEX asset_criticality_idx ON asset (criticality);
CREATE INDEX asset_owner_idx ON asset (owner_user_id);
CREATE INDEX asset_name_idx ON asset (name);
CREATE INDEX asset_search_idx ON asset (search_text);

-- hostnames, IP addresses and URLs, lower-cased, for matching scanner findings to assets
CREATE TABLE asset_identifier (
    asset_id UUID NOT NULL,
    kind VARCHAR(16) NOT NULL,
    identifier_value VARCHAR(500) NOT NULL,
    CONSTRAINT asset_identifier_pk PRIMARY KEY (asset_id, kind, identifier_value),
    CONSTRAINT asset_identifier_asset_fk FOREIGN KEY (asset_id) REFERENCES asset (id) ON DELETE CASCADE,
    CONSTRAINT asset_identifier_kind_ck CHECK (kind IN ('HOSTNAME', 'IP', 'URL'))
);
CREATE INDEX asset_identifier_value_idx ON asset_identifier (kind, identifier_value);

CREATE TABLE asset_dependency (
    asset_id UUID NOT NULL,
    depends_on_id UUID NOT NULL,
    CONSTRAINT asset_dependency_pk PRIMARY KEY (asset_id, depends_on_id),
    CONSTRAINT asset_dependency_asset_fk FOREIGN KEY (asset_id) REFERENCES asset (id) ON DELETE CASCADE,
    CONSTRAINT asset_dependency_target_fk FOREIGN KEY (depends_on_id) REFERENCES asset (id) ON DELETE CASCADE
);
CREATE INDEX asset_dependency_target_idx ON asset_dependency (depends_on_id);

-- the supplier module is built separately: its id is kept unvalidated, with the name as text
CREATE TABLE asset_supplier (
    asset_id UUID NOT NULL,
    supplier_name VARCHAR(200) NOT NULL,
    supplier_id UUID,
    CONSTRAINT asset_supplier_pk PRIMARY KEY (asset_id, supplier_name),
    CONSTRAINT asset_supplier_asset_fk FOREIGN KEY (asset_id) REFERENCES asset (id) ON DELETE CASCADE
);
CREATE INDEX asset_supplier_id_idx ON asset_supplier (supplier_id);
