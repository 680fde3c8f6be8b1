-- The tamper-evident audit trail: append-only, hash-chained events (see docs/adr/0002-audit-trail.md).
CREATE TABLE audit_event (
    seq BIGINT NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor VARCHAR(200) NOT NULL,
    actor_kind VARCHAR(20) NOT NULL,
    action VARCHAR(60) NOT NULL,
    entity_type VARCHAR(100) NOT NULL,
    entity_id VARCHAR(100),
    org_unit_id UUID,
    summary VARCHAR(1000) NOT NULL,
    changes TEXT NOT NULL,
    client_ip VARCHAR(64),
    request_id VARCHAR(64),
    prev_hash CHAR(64) NOT NULL,
    hash CHAR(64) NOT NULL,
    CONSTRAINT audit_event_pk PRIMARY KEY (seq),
    CONSTRAINT audit_event_seq_positive CHECK (seq > 0)
);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id);
CREATE INDEX audit_event_actor_idx ON audit_event (actor);
CREATE INDEX audit_event_occurred_at_idx ON audit_event (occurred_at);
CREATE INDEX audit_event_org_unit_idx ON audit_event (org_unit_id);

-- One row holding the chain's head. Appenders lock it (SELECT ... FOR UPDATE), so the chain stays
-- linear under concurrent writers; it also lets verification notice rows cut off the tail.
CREATE TABLE audit_head (
    id INT NOT NULL,
    last_seq BIGINT NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT audit_head_pk PRIMARY KEY (id),
    CONSTRAINT audit_head_single_row CHECK (id = 1)
);
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
