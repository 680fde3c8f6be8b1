-- Access (onboarding) cases: STANDARD goes through five stages, EXPRESS skips two and must catch up.
CREATE TABLE supplier_access_case (
    id UUID NOT NULL,
    supplier_id UUID NOT NULL,
    kind VARCHAR(10) NOT NULL,
    stage VARCHAR(30) NOT NULL,
    state VARCHAR(10) NOT NULL,
    express_reason VARCHAR(30),
    owner_id UUID NOT NULL,
    opened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at TIMESTAMP WITH TIME ZONE,
    catch_up_deadline DATE,
    catch_up_completed BOOLEAN NOT NULL DEFAULT FALSE,
    suspended_for_catch_up BOOLEAN NOT NULL DEFAULT FALSE,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT supplier_access_case_pk PRIMARY KEY (id),
    CONSTRAINT supplier_access_case_supplier_fk FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT supplier_access_case_kind_ck CHECK (kind IN ('STANDARD', 'EXPRESS')),
    CONSTRAINT supplier_access_case_state_ck CHECK (state IN ('OPEN', 'APPROVED', 'REJECTED'))
);
CREATE INDEX supplier_access_case_supplier_idx ON supplier_access_case (supplier_id);
CREATE INDEX supplier_access_case_catch_up_idx ON supplier_access_case (kind, state, catch_up_completed, catch_up_deadline);

-- What each stage recorded (its required data as key=value lines), by whom and when.
CREATE TABLE supplier_access_stage (
    case_id UUID NOT NULL,
    stage VARCHAR(30) NOT NULL,
    data VARCHAR(4000) NOT NULL,
    completed_by UUID NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supplier_access_stage_pk PRIMARY KEY (case_id, stage),
    CONSTRAINT supplier_access_stage_case_fk FOREIGN KEY (case_id) REFERENCES supplier_access_case (id)
);

CREATE TABLE supplier_access_approval (
    case_id UUID NOT NULL,
    approver_id UUID NOT NULL,
    approved_at TIMESTAMP WITH TIME ZONE NOT NULL,
    procurement_manager BOOLEAN NOT NULL,
    CONSTRAINT supplier_access_approval_pk PRIMARY KEY (case_id, approver_id),
    CONSTRAINT supplier_access_approval_case_fk FOREIGN KEY (case_id) REFERENCES supplier_access_case (id)
);
