-- Tasks: work someone owes by a date, raised by any module or by a recurring obligation.
CREATE TABLE task (
    id UUID NOT NULL,
    title VARCHAR(300) NOT NULL,
    description VARCHAR(4000),
    kind VARCHAR(64) NOT NULL,
    org_unit_id UUID NOT NULL,
    owner_user_id UUID,
    owner_role VARCHAR(40),
    -- ROLE:unit-id when a role owns the task, so "my tasks" is one indexed IN query
    candidate_key VARCHAR(100),
    related_module VARCHAR(64),
    related_type VARCHAR(64),
    related_id VARCHAR(100),
    related_link VARCHAR(500),
    due_date DATE NOT NULL,
    priority VARCHAR(10) NOT NULL,
    status VARCHAR(20) NOT NULL,
    completion_note VARCHAR(2000),
    completed_at TIMESTAMP WITH TIME ZONE,
    completed_by UUID,
    created_by VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT task_pk PRIMARY KEY (id),
    CONSTRAINT task_owner_ck CHECK (owner_user_id IS NOT NULL OR owner_role IS NOT NULL)
);
CREATE INDEX task_owner_user_idx ON task (owner_user_id, status, due_date);
CREATE INDEX task_candidate_idx ON task (candidate_key, status, due_date);
CREATE INDEX task_unit_idx ON task (org_unit_id, status, due_date);
CREATE INDEX task_related_idx ON task (related_module, related_type, related_id);
CREATE INDEX task_due_idx ON task (status, due_date);
