-- Rectification plans for RECTIFYING suppliers: issues, actions with owner and deadline, verification.
CREATE TABLE supplier_rectification_plan (
    id UUID NOT NULL,
    supplier_id UUID NOT NULL,
    review_id UUID,
    state VARCHAR(20) NOT NULL,
    issues TEXT NOT NULL,
    due_date DATE NOT NULL,
    opened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    verified_by UUID,
    verified_at TIMESTAMP WITH TIME ZONE,
    verification_note VARCHAR(1000),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT supplier_rectification_plan_pk PRIMARY KEY (id),
    CONSTRAINT supplier_rectification_plan_supplier_fk FOREIGN KEY (supplier_id) REFERENCES supplier (id)
);
CREATE INDEX supplier_rectification_plan_supplier_idx ON supplier_rectification_plan (supplier_id, state);
CREATE INDEX supplier_rectification_plan_state_idx ON supplier_rectification_plan (state, due_date);

CREATE TABLE supplier_rectification_action (
    id UUID NOT NULL,
    plan_id UUID NOT NULL,
    position INT NOT NULL,
    title VARCHAR(500) NOT NULL,
    owner_id UUID,
    deadline DATE NOT NULL,
    status VARCHAR(20) NOT NULL,
    supplier_response VARCHAR(2000),
    responded_at TIMESTAMP WITH TIME ZONE,
    review_note VARCHAR(1000),
    CONSTRAINT supplier_rectification_action_pk PRIMARY KEY (id),
    CONSTRAINT supplier_rectification_action_plan_fk FOREIGN KEY (plan_id) REFERENCES supplier_rectification_plan (id)
);
CREATE INDEX supplier_rectification_action_plan_idx ON supplier_rectification_action (plan_id);
