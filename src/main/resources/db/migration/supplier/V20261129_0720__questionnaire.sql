-- Supplier questionnaires: versioned templates (a published version is immutable; its sections and
-- questions are one JSON document) and the questionnaires sent to suppliers, which stay on the version
-- they were sent with.
CREATE TABLE supplier_questionnaire_template (
    id UUID NOT NULL,
    code VARCHAR(60) NOT NULL,
    template_version INTEGER NOT NULL,
    title_en VARCHAR(200) NOT NULL,
    title_zh VARCHAR(200) NOT NULL,
    status VARCHAR(20) NOT NULL,
    definition TEXT NOT NULL,
    question_count INTEGER NOT NULL,
    shipped_version INTEGER,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT supplier_questionnaire_template_pk PRIMARY KEY (id),
    CONSTRAINT supplier_questionnaire_template_version_uq UNIQUE (code, template_version),
    CONSTRAINT supplier_questionnaire_template_status_ck CHECK (status IN ('DRAFT', 'PUBLISHED'))
);

CREATE TABLE supplier_questionnaire (
    id UUID NOT NULL,
    template_id UUID NOT NULL,
    supplier_id UUID NOT NULL,
    org_unit_id UUID NOT NULL,
    state VARCHAR(20) NOT NULL,
    due_date DATE NOT NULL,
    answers TEXT NOT NULL,
    score INTEGER,
    red_line_failed BOOLEAN NOT NULL DEFAULT FALSE,
    review_note VARCHAR(2000),
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_by VARCHAR(100) NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE,
    decided_at TIMESTAMP WITH TIME ZONE,
    decided_by VARCHAR(100),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT supplier_questionnaire_pk PRIMARY KEY (id),
    CONSTRAINT supplier_questionnaire_template_fk FOREIGN KEY (template_id) REFERENCES supplier_questionnaire_template (id),
    CONSTRAINT supplier_questionnaire_supplier_fk FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT supplier_questionnaire_state_ck CHECK (state IN ('SENT', 'IN_PROGRESS', 'SUBMITTED', 'ACCEPTED', 'RETURNED'))
);
CREATE INDEX supplier_questionnaire_supplier_idx ON supplier_questionnaire (supplier_id, sent_at);
CREATE INDEX supplier_questionnaire_state_idx ON supplier_questionnaire (state, due_date);
CREATE INDEX supplier_questionnaire_template_idx ON supplier_questionnaire (template_id);
