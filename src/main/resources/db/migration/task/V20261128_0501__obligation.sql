-- Recurring obligations and their periods: each period creates exactly one task.
CREATE TABLE obligation (
    id UUID NOT NULL,
    code VARCHAR(64) NOT NULL,
    title VARCHAR(300) NOT NULL,
    title_zh VARCHAR(300),
    description VARCHAR(4000),
    kind VARCHAR(64) NOT NULL,
    rrule VARCHAR(200) NOT NULL,
    starts_on DATE NOT NULL,
    deadline_days INT NOT NULL,
    org_unit_id UUID NOT NULL,
    scope_text VARCHAR(300),
    owner_user_id UUID,
    owner_role VARCHAR(40),
    priority VARCHAR(10) NOT NULL,
    active BOOLEAN NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT obligation_pk PRIMARY KEY (id),
    CONSTRAINT obligation_code_uk UNIQUE (code),
    CONSTRAINT obligation_owner_ck CHECK (owner_user_id IS NOT NULL OR owner_role IS NOT NULL)
);
CREATE INDEX obligation_unit_idx ON obligation (org_unit_id, active);

CREATE TABLE obligation_period (
    id UUID NOT NULL,
    obligation_id UUID NOT NULL,
    period_start DATE NOT NULL,
    due_date DATE NOT NULL,
    task_id UUID NOT NULL,
    status VARCHAR(20) NOT NULL,
    settled_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT obligation_period_pk PRIMARY KEY (id),
    CONSTRAINT obligation_period_uk UNIQUE (obligation_id, period_start),
    CONSTRAINT obligation_period_obligation_fk FOREIGN KEY (obligation_id) REFERENCES obligation (id),
    CONSTRAINT obligation_period_task_fk FOREIGN KEY (task_id) REFERENCES task (id)
);
CREATE INDEX obligation_period_status_idx ON obligation_period (status, due_date);
CREATE INDEX obligation_period_task_idx ON obligation_period (task_id);

-- One secret per user for the calendar feed; only its SHA-256 is stored.
CREATE TABLE calendar_feed_token (
    user_id UUID NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT calendar_feed_token_pk PRIMARY KEY (user_id),
    CONSTRAINT calendar_feed_token_hash_uk UNIQUE (token_hash)
);
