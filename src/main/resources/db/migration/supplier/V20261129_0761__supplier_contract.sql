-- Contract records: a barred supplier (UNQUALIFIED, SUSPENDED, BLACKLISTED) is never given a new one.
CREATE TABLE supplier_contract (
    id UUID NOT NULL,
    number VARCHAR(60) NOT NULL,
    title VARCHAR(200) NOT NULL,
    supplier_id UUID NOT NULL,
    event_id UUID,
    contract_value DECIMAL(18, 2) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    owner_id UUID,
    status VARCHAR(12) NOT NULL,
    status_reason VARCHAR(1000),
    org_unit_id UUID NOT NULL,
    created_by UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT supplier_contract_pk PRIMARY KEY (id),
    CONSTRAINT supplier_contract_number_uq UNIQUE (number),
    CONSTRAINT supplier_contract_supplier_fk FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT supplier_contract_event_fk FOREIGN KEY (event_id) REFERENCES supplier_sourcing_event (id),
    CONSTRAINT supplier_contract_status_ck CHECK (status IN ('DRAFT', 'ACTIVE', 'EXPIRED', 'TERMINATED')),
    CONSTRAINT supplier_contract_term_ck CHECK (end_date >= start_date)
);
CREATE INDEX supplier_contract_unit_idx ON supplier_contract (org_unit_id, status, end_date);
CREATE INDEX supplier_contract_supplier_idx ON supplier_contract (supplier_id);
CREATE INDEX supplier_contract_end_idx ON supplier_contract (status, end_date);
