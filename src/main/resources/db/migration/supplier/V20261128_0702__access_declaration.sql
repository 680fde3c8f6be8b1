-- Conflict-of-interest declarations: an evaluator declares before scoring or voting; a conflict blocks them.
CREATE TABLE supplier_access_declaration (
    case_id UUID NOT NULL,
    user_id UUID NOT NULL,
    conflict BOOLEAN NOT NULL,
    note VARCHAR(1000),
    declared_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supplier_access_declaration_pk PRIMARY KEY (case_id, user_id),
    CONSTRAINT supplier_access_declaration_case_fk FOREIGN KEY (case_id) REFERENCES supplier_access_case (id)
);
