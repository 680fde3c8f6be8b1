-- Supplier documents (licences, certificates, agreements) with validity, and the documents each category requires.
CREATE TABLE supplier_document (
    id UUID NOT NULL,
    supplier_id UUID NOT NULL,
    doc_type VARCHAR(40) NOT NULL,
    doc_number VARCHAR(100) NOT NULL,
    issuer VARCHAR(200) NOT NULL,
    valid_from DATE NOT NULL,
    valid_to DATE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT supplier_document_pk PRIMARY KEY (id),
    CONSTRAINT supplier_document_supplier_fk FOREIGN KEY (supplier_id) REFERENCES supplier (id)
);
CREATE INDEX supplier_document_supplier_idx ON supplier_document (supplier_id, doc_type);
CREATE INDEX supplier_document_valid_to_idx ON supplier_document (valid_to);

CREATE TABLE supplier_required_document (
    category VARCHAR(40) NOT NULL,
    doc_type VARCHAR(40) NOT NULL,
    CONSTRAINT supplier_required_document_pk PRIMARY KEY (category, doc_type),
    CONSTRAINT supplier_required_document_category_fk FOREIGN KEY (category) REFERENCES supplier_category (code)
);
INSERT INTO supplier_required_document (category, doc_type) VALUES
    ('IT_EQUIPMENT', 'BUSINESS_LICENCE'), ('IT_EQUIPMENT', 'ISO9001'),
    ('POWER_COOLING', 'BUSINESS_LICENCE'), ('POWER_COOLING', 'ISO9001'),
    ('CONSTRUCTION', 'BUSINESS_LICENCE'), ('CONSTRUCTION', 'ISO45001'), ('CONSTRUCTION', 'INDUSTRY_QUALIFICATION'),
    ('NETWORK_BANDWIDTH', 'BUSINESS_LICENCE'), ('NETWORK_BANDWIDTH', 'INDUSTRY_QUALIFICATION'),
    ('SOFTWARE', 'BUSINESS_LICENCE'), ('SOFTWARE', 'ISO27001'), ('SOFTWARE', 'DATA_PROCESSING_AGREEMENT'),
    ('PROFESSIONAL_SERVICES', 'BUSINESS_LICENCE'), ('PROFESSIONAL_SERVICES', 'NDA'),
    ('FACILITY_SERVICES', 'BUSINESS_LICENCE'), ('FACILITY_SERVICES', 'ISO45001'),
    ('SECURITY_SERVICES', 'BUSINESS_LICENCE'), ('SECURITY_SERVICES', 'INDUSTRY_QUALIFICATION'),
    ('LOGISTICS', 'BUSINESS_LICENCE');
