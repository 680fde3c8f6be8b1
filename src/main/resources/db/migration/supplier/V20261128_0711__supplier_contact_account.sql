-- Portal access: a SUPPLIER_CONTACT user account belongs to exactly one supplier and sees only that one.
CREATE TABLE supplier_contact_account (
    user_id UUID NOT NULL,
    supplier_id UUID NOT NULL,
    linked_by UUID NOT NULL,
    linked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supplier_contact_account_pk PRIMARY KEY (user_id),
    CONSTRAINT supplier_contact_account_supplier_fk FOREIGN KEY (supplier_id) REFERENCES supplier (id)
);
CREATE INDEX supplier_contact_account_supplier_idx ON supplier_contact_account (supplier_id);
