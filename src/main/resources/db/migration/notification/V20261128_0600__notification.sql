-- Reminder rules per kind of deadline, the reminders already sent, in-app notifications (also the
-- e-mail outbox) and each user's delivery preference per kind.
CREATE TABLE reminder_rule (
    kind VARCHAR(64) NOT NULL,
    days_before VARCHAR(100) NOT NULL,
    remind_when_overdue BOOLEAN NOT NULL,
    escalate_after_days INT,
    escalate_to_role VARCHAR(40),
    mandatory BOOLEAN NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT reminder_rule_pk PRIMARY KEY (kind)
);

-- The unique key makes each reminder stage of a task happen once, whatever node or catch-up run sends it.
CREATE TABLE sent_reminder (
    id UUID NOT NULL,
    task_id UUID NOT NULL,
    stage VARCHAR(20) NOT NULL,
    due_date DATE NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sent_reminder_pk PRIMARY KEY (id),
    CONSTRAINT sent_reminder_uk UNIQUE (task_id, stage, due_date)
);

CREATE TABLE notification (
    id UUID NOT NULL,
    recipient_id UUID NOT NULL,
    kind VARCHAR(64) NOT NULL,
    subject VARCHAR(500) NOT NULL,
    body VARCHAR(4000) NOT NULL,
    link VARCHAR(500),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at TIMESTAMP WITH TIME ZONE,
    email_state VARCHAR(20) NOT NULL,
    emailed_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notification_pk PRIMARY KEY (id)
);
CREATE INDEX notification_recipient_idx ON notification (recipient_id, read_at, created_at);
CREATE INDEX notification_email_idx ON notification (email_state, recipient_id);

CREATE TABLE notification_preference (
    user_id UUID NOT NULL,
    kind VARCHAR(64) NOT NULL,
    mode VARCHAR(20) NOT NULL,
    CONSTRAINT notification_preference_pk PRIMARY KEY (user_id, kind)
);

-- The rule every kind without its own follows: 30, 7 and 1 days before, on the first day overdue,
-- escalation to the CISO of the unit after 3 days overdue.
INSERT INTO reminder_rule (kind, days_before, remind_when_overdue, escalate_after_days, escalate_to_role, mandatory, version)
VALUES ('DEFAULT', '30,7,1', TRUE, 3, 'CISO', FALSE, 0);
