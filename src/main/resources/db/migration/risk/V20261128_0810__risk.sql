-- Risk module: the risk register, treatment plan items and the history of scores.
CREATE TABLE risk (
    id UUID NOT NULL,
    code VARCHAR(32) NOT NULL,
    title VARCHAR(300) NOT NULL,
    description VARCHAR(4000),
    org_unit_id UUID NOT NULL,
    threat_code VARCHAR(32) NOT NULL,
    vulnerability VARCHAR(2000) NOT NULL,
    existing_controls VARCHAR(4000),
    inherent_likelihood INTEGER NOT NULL,
    inherent_impact INTEGER NOT NULL,
    inherent_score INTEGER NOT NULL,
    inherent_level VARCHAR(16) NOT NULL,
    residual_likelihood INTEGER NOT NULL,
    residual_impact INTEGER NOT NULL,
    residual_score INTEGER NOT NULL,
    residual_level VARCHAR(16) NOT NULL,
    owner_user_id UUID NOT NULL,
    treatment VARCHAR(16) NOT NULL,
    status VARCHAR(16) NOT NULL,
    accepted_by UUID,
    accepted_at TIMESTAMP WITH TIME ZONE,
    acceptance_expires_on DATE,
    acceptance_justification VARCHAR(2000),
    next_review_on DATE NOT NULL,
    last_reviewed_on DATE,
    search_text VARCHAR(500) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT risk_pk PRIMARY KEY (id),
    CONSTRAINT risk_code_uk UNIQUE (code),
    CONSTRAINT risk_org_unit_fk FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT risk_owner_fk FOREIGN KEY (owner_user_id) REFERENCES user_account (id),
    CONSTRAINT risk_treatment_ck CHECK (treatment IN ('UNDECIDED', 'MITIGATE', 'TRANSFER', 'AVOID', 'ACCEPT')),
    CONSTRAINT risk_status_ck CHECK (status IN ('OPEN', 'TREATING', 'ACCEPTED', 'CLOSED'))
);
CREATE INDEX risk_org_unit_idx ON risk (org_unit_id);
CREATE INDEX risk_owner_idx ON risk (owner_user_id);
CREATE INDEX risk_status_idx ON risk (status);
CREATE INDEX risk_treatment_idx ON risk (treatment);
CREATE INDEX risk_inherent_level_idx ON risk (inherent_level);
CREATE INDEX risk_residual_level_idx ON risk (residual_level);
CREATE INDEX risk_residual_score_idx ON risk (residual_score);
CREATE INDEX risk_next_review_idx ON risk (next_review_on);
CREATE INDEX risk_search_idx ON risk (search_text);

CREATE TABLE risk_asset (
    risk_id UUID NOT NULL,
    asset_id UUID NOT NULL,
    CONSTRAINT risk_asset_pk PRIMARY KEY (risk_id, asset_id),
    CONSTRAINT risk_asset_risk_fk FOREIGN KEY (risk_id) REFERENCES risk (id) ON DELETE CASCADE,
    CONSTRAINT risk_asset_asset_fk FOREIGN KEY (asset_id) REFERENCES asset (id) ON DELETE CASCADE
);
CREATE INDEX risk_asset_asset_idx ON risk_asset (asset_id);

CREATE TABLE risk_plan_item (
    id UUID NOT NULL,
    risk_id UUID NOT NULL,
    title VARCHAR(300) NOT NULL,
    owner_user_id UUID NOT NULL,
    due_date DATE NOT NULL,
    status VARCHAR(16) NOT NULL,
    task_id UUID,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT risk_plan_item_pk PRIMARY KEY (id),
    CONSTRAINT risk_plan_item_risk_fk FOREIGN KEY (risk_id) REFERENCES risk (id) ON DELETE CASCADE,
    CONSTRAINT risk_plan_item_owner_fk FOREIGN KEY (owner_user_id) REFERENCES user_account (id),
    CONSTRAINT risk_plan_item_status_ck CHECK (status IN ('OPEN', 'DONE'))
);
CREATE INDEX risk_plan_item_risk_idx ON risk_plan_item (risk_id);

CREATE TABLE risk_score_history (
    id UUID NOT NULL,
    risk_id UUID NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by VARCHAR(100),
    reason VARCHAR(16) NOT NULL,
    inherent_likelihood INTEGER NOT NULL,
    inherent_impact INTEGER NOT NULL,
    inherent_score INTEGER NOT NULL,
    residual_likelihood INTEGER NOT NULL,
    residual_impact INTEGER NOT NULL,
    residual_score INTEGER NOT NULL,
    note VARCHAR(2000),
    CONSTRAINT risk_score_history_pk PRIMARY KEY (id),
    CONSTRAINT risk_score_history_risk_fk FOREIGN KEY (risk_id) REFERENCES risk (id) ON DELETE CASCADE
);
CREATE INDEX risk_score_history_risk_idx ON risk_score_history (risk_id, recorded_at);
