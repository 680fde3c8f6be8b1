-- Performance and ESG reviews: the scorecard's weighted criteria, reviews per supplier and period, each
-- evaluator's declaration and scores, red-line events, and the immutable snapshot and decision.
CREATE TABLE supplier_review_criterion (
    code VARCHAR(40) NOT NULL,
    dimension VARCHAR(20) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    name_zh VARCHAR(200) NOT NULL,
    weight NUMERIC(6, 2) NOT NULL,
    sort_order INT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT supplier_review_criterion_pk PRIMARY KEY (code),
    CONSTRAINT supplier_review_criterion_weight_ck CHECK (weight >= 0)
);
INSERT INTO supplier_review_criterion (code, dimension, name_en, name_zh, weight, sort_order) VALUES
    ('SERVICE_AWARENESS', 'PERFORMANCE', 'Service awareness', '服务意识', 15, 10),
    ('PRODUCT_QUALITY', 'PERFORMANCE', 'Product quality', '产品质量', 20, 20),
    ('CONTRACT_PERFORMANCE', 'PERFORMANCE', 'Contract performance capability', '合同履约能力', 15, 30),
    ('ENVIRONMENT_LOW_CARBON', 'ESG', 'Environmental protection and low carbon', '环境保护与低碳', 10, 40),
    ('INFOSEC_PRIVACY', 'ESG', 'Information security and privacy protection', '信息安全与隐私保护', 15, 50),
    ('LABOUR_RIGHTS', 'ESG', 'Labour rights', '劳工权益', 8, 60),
    ('OCCUPATIONAL_HEALTH_SAFETY', 'ESG', 'Occupational health and safety', '职业健康与安全', 9, 70),
    ('HONESTY_INTEGRITY', 'ESG', 'Honesty and integrity', '诚信廉洁', 8, 80);

CREATE TABLE supplier_review (
    id UUID NOT NULL,
    supplier_id UUID NOT NULL,
    period VARCHAR(10) NOT NULL,
    period_start DATE NOT NULL,
    due_date DATE NOT NULL,
    state VARCHAR(20) NOT NULL,
    score NUMERIC(5, 1),
    grade VARCHAR(2),
    proposal VARCHAR(20),
    decision VARCHAR(20),
    opened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE,
    confirmed_at TIMESTAMP WITH TIME ZONE,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT supplier_review_pk PRIMARY KEY (id),
    CONSTRAINT supplier_review_supplier_fk FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT supplier_review_period_uq UNIQUE (supplier_id, period)
);
CREATE INDEX supplier_review_state_idx ON supplier_review (state, due_date);
CREATE INDEX supplier_review_period_idx ON supplier_review (period);

-- an evaluator declares a conflict of interest (or none) before scoring; a declared conflict blocks them
CREATE TABLE supplier_review_evaluator (
    review_id UUID NOT NULL,
    user_id UUID NOT NULL,
    conflict BOOLEAN NOT NULL,
    note VARCHAR(1000),
    declared_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supplier_review_evaluator_pk PRIMARY KEY (review_id, user_id),
    CONSTRAINT supplier_review_evaluator_review_fk FOREIGN KEY (review_id) REFERENCES supplier_review (id)
);

-- score NULL = "no data": the criterion is left out of this evaluator's result, never counted as 100
CREATE TABLE supplier_review_score (
    review_id UUID NOT NULL,
    user_id UUID NOT NULL,
    criterion_code VARCHAR(40) NOT NULL,
    score INT,
    scored_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supplier_review_score_pk PRIMARY KEY (review_id, user_id, criterion_code),
    CONSTRAINT supplier_review_score_review_fk FOREIGN KEY (review_id) REFERENCES supplier_review (id),
    CONSTRAINT supplier_review_score_range_ck CHECK (score IS NULL OR (score >= 0 AND score <= 100))
);

CREATE TABLE supplier_review_red_line (
    id UUID NOT NULL,
    review_id UUID NOT NULL,
    kind VARCHAR(40) NOT NULL,
    description VARCHAR(1000) NOT NULL,
    recorded_by UUID NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supplier_review_red_line_pk PRIMARY KEY (id),
    CONSTRAINT supplier_review_red_line_review_fk FOREIGN KEY (review_id) REFERENCES supplier_review (id)
);
CREATE INDEX supplier_review_red_line_review_idx ON supplier_review_red_line (review_id);

-- written once when a review is completed; never updated (PostgreSQL enforces it with a trigger)
CREATE TABLE supplier_review_snapshot (
    review_id UUID NOT NULL,
    supplier_id UUID NOT NULL,
    period VARCHAR(10) NOT NULL,
    score NUMERIC(5, 1),
    grade VARCHAR(2) NOT NULL,
    proposal VARCHAR(20),
    red_line VARCHAR(1000),
    content TEXT NOT NULL,
    completed_by UUID NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supplier_review_snapshot_pk PRIMARY KEY (review_id),
    CONSTRAINT supplier_review_snapshot_review_fk FOREIGN KEY (review_id) REFERENCES supplier_review (id)
);
CREATE INDEX supplier_review_snapshot_supplier_idx ON supplier_review_snapshot (supplier_id, completed_at);

-- the confirmation (or override with a reason) of a completed review's proposal; written once
CREATE TABLE supplier_review_decision (
    review_id UUID NOT NULL,
    proposal VARCHAR(20),
    decision VARCHAR(20) NOT NULL,
    overridden BOOLEAN NOT NULL,
    outcome VARCHAR(20) NOT NULL,
    reason VARCHAR(1000),
    decided_by UUID NOT NULL,
    decided_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supplier_review_decision_pk PRIMARY KEY (review_id),
    CONSTRAINT supplier_review_decision_review_fk FOREIGN KEY (review_id) REFERENCES supplier_review (id)
);
