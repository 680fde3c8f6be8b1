-- Sourcing events (RFQ, tender, single source): only suppliers in the qualified pool of the category are invited.
CREATE TABLE supplier_sourcing_event (
    id UUID NOT NULL,
    title VARCHAR(200) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    category VARCHAR(40) NOT NULL,
    budget DECIMAL(18, 2) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    org_unit_id UUID NOT NULL,
    owner_id UUID NOT NULL,
    state VARCHAR(10) NOT NULL,
    awarded_supplier_id UUID,
    award_justification VARCHAR(2000),
    awarded_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT supplier_sourcing_event_pk PRIMARY KEY (id),
    CONSTRAINT supplier_sourcing_event_category_fk FOREIGN KEY (category) REFERENCES supplier_category (code),
    CONSTRAINT supplier_sourcing_event_awarded_fk FOREIGN KEY (awarded_supplier_id) REFERENCES supplier (id),
    CONSTRAINT supplier_sourcing_event_kind_ck CHECK (kind IN ('RFQ', 'TENDER', 'SINGLE_SOURCE')),
    CONSTRAINT supplier_sourcing_event_state_ck CHECK (state IN ('OPEN', 'AWARDED'))
);
CREATE INDEX supplier_sourcing_event_unit_idx ON supplier_sourcing_event (org_unit_id, state);

CREATE TABLE supplier_sourcing_invitation (
    event_id UUID NOT NULL,
    supplier_id UUID NOT NULL,
    supplier_status VARCHAR(20) NOT NULL,
    invited_by UUID NOT NULL,
    invited_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supplier_sourcing_invitation_pk PRIMARY KEY (event_id, supplier_id),
    CONSTRAINT supplier_sourcing_invitation_event_fk FOREIGN KEY (event_id) REFERENCES supplier_sourcing_event (id),
    CONSTRAINT supplier_sourcing_invitation_supplier_fk FOREIGN KEY (supplier_id) REFERENCES supplier (id)
);
CREATE INDEX supplier_sourcing_invitation_supplier_idx ON supplier_sourcing_invitation (supplier_id);
