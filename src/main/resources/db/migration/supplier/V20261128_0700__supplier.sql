-- Supplier register: configurable categories, suppliers with contacts and categories, status change requests.
CREATE TABLE supplier_category (
    code VARCHAR(40) NOT NULL,
    name_en VARCHAR(100) NOT NULL,
    name_zh VARCHAR(100) NOT NULL,
    sort_order INT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT supplier_category_pk PRIMARY KEY (code)
);
INSERT INTO supplier_category (code, name_en, name_zh, sort_order) VALUES
    ('IT_EQUIPMENT', 'IT equipment', 'IT 设备', 10),
    ('POWER_COOLING', 'Power and cooling', '电力与制冷', 20),
    ('CONSTRUCTION', 'Construction', '建筑工程', 30),
    ('NETWORK_BANDWIDTH', 'Network and bandwidth', '网络与带宽', 40),
    ('SOFTWARE', 'Software', '软件', 50),
    ('PROFESSIONAL_SERVICES', 'Professional services', '专业服务', 60),
    ('FACILITY_SERVICES', 'Facility services', '设施服务', 70),
    ('SECURITY_SERVICES', 'Security services', '安保服务', 80),
    ('LOGISTICS', 'Logistics', '物流', 90);

CREATE TABLE supplier (
    id UUID NOT NULL,
    name VARCHAR(200) NOT NULL,
    name_en VARCHAR(200),
    -- mainland (CN) suppliers: the 18-character unified social credit code (GB 32100-2015)
    credit_code VARCHAR(18),
    -- everyone else: the local registration number
    registration_number VARCHAR(64),
    country VARCHAR(2) NOT NULL,
    region VARCHAR(10) NOT NULL,
    website VARCHAR(300),
    address VARCHAR(500),
    criticality VARCHAR(10) NOT NULL,
    criticality_reason VARCHAR(500),
    owner_id UUID,
    org_unit_id UUID NOT NULL,
    status VARCHAR(20) NOT NULL,
    status_reason VARCHAR(500),
    status_changed_at TIMESTAMP WITH TIME ZONE,
    registered_on DATE NOT NULL,
    search_text VARCHAR(600) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT supplier_pk PRIMARY KEY (id),
    CONSTRAINT supplier_credit_code_uk UNIQUE (credit_code),
    CONSTRAINT supplier_registration_number_uk UNIQUE (registration_number),
    CONSTRAINT supplier_org_unit_fk FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT supplier_owner_fk FOREIGN KEY (owner_id) REFERENCES user_account (id) ON DELETE SET NULL,
    CONSTRAINT supplier_region_ck CHECK (region IN ('MAINLAND', 'HKMT', 'OVERSEAS')),
    CONSTRAINT supplier_criticality_ck CHECK (criticality IN ('CRITICAL', 'IMPORTANT', 'STANDARD')),
    CONSTRAINT supplier_status_ck CHECK (status IN ('PROSPECT', 'QUALIFIED', 'PREFERRED', 'RECTIFYING',
        'UNQUALIFIED', 'SUSPENDED', 'BLACKLISTED'))
);
CREATE INDEX supplier_org_unit_idx ON supplier (org_unit_id);
CREATE INDEX supplier_status_idx ON supplier (status);
CREATE INDEX supplier_region_idx ON supplier (region);
CREATE INDEX supplier_country_idx ON supplier (country);
CREATE INDEX supplier_registered_on_idx ON supplier (registered_on);
CREATE INDEX supplier_name_idx ON supplier (name);
CREATE INDEX supplier_search_idx ON supplier (search_text);
CREATE INDEX supplier_owner_idx ON supplier (owner_id);

CREATE TABLE supplier_category_link (
    supplier_id UUID NOT NULL,
    category_code VARCHAR(40) NOT NULL,
    CONSTRAINT supplier_category_link_pk PRIMARY KEY (supplier_id, category_code),
    CONSTRAINT supplier_category_link_supplier_fk FOREIGN KEY (supplier_id) REFERENCES supplier (id) ON DELETE CASCADE,
    CONSTRAINT supplier_category_link_category_fk FOREIGN KEY (category_code) REFERENCES supplier_category (code)
);
CREATE INDEX supplier_category_link_category_idx ON supplier_category_link (category_code);

CREATE TABLE supplier_contact (
    supplier_id UUID NOT NULL,
    position INT NOT NULL,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(254),
    phone VARCHAR(40),
    role VARCHAR(100),
    CONSTRAINT supplier_contact_pk PRIMARY KEY (supplier_id, position),
    CONSTRAINT supplier_contact_supplier_fk FOREIGN KEY (supplier_id) REFERENCES supplier (id) ON DELETE CASCADE
);

-- A status change that needs approval (blacklisting, lifting a blacklist); it takes effect when approved.
CREATE TABLE supplier_status_request (
    id UUID NOT NULL,
    supplier_id UUID NOT NULL,
    from_status VARCHAR(20) NOT NULL,
    target_status VARCHAR(20) NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    reason_code VARCHAR(40),
    requested_by UUID NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    state VARCHAR(20) NOT NULL,
    decided_at TIMESTAMP WITH TIME ZONE,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT supplier_status_request_pk PRIMARY KEY (id),
    CONSTRAINT supplier_status_request_supplier_fk FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT supplier_status_request_state_ck CHECK (state IN ('PENDING', 'APPROVED', 'REJECTED'))
);
CREATE INDEX supplier_status_request_supplier_idx ON supplier_status_request (supplier_id, state);

CREATE TABLE supplier_status_approval (
    request_id UUID NOT NULL,
    approver_id UUID NOT NULL,
    approved_at TIMESTAMP WITH TIME ZONE NOT NULL,
    admin_or_ciso BOOLEAN NOT NULL,
    CONSTRAINT supplier_status_approval_pk PRIMARY KEY (request_id, approver_id),
    CONSTRAINT supplier_status_approval_request_fk FOREIGN KEY (request_id) REFERENCES supplier_status_request (id)
);
