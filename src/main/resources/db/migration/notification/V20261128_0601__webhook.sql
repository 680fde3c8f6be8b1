-- Outbound webhooks and their delivery log (also the retry queue).
CREATE TABLE webhook (
    id UUID NOT NULL,
    name VARCHAR(100) NOT NULL,
    url VARCHAR(500) NOT NULL,
    -- kept in clear: HMAC signing needs the secret itself; shown to the admin once at creation
    secret VARCHAR(100) NOT NULL,
    org_unit_id UUID NOT NULL,
    event_types VARCHAR(500) NOT NULL,
    active BOOLEAN NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT webhook_pk PRIMARY KEY (id)
);
CREATE INDEX webhook_active_idx ON webhook (active);

CREATE TABLE webhook_delivery (
    id UUID NOT NULL,
    webhook_id UUID NOT NULL,
    event_type VARCHAR(64) NOT NULL,
    payload VARCHAR(20000) NOT NULL,
    status VARCHAR(20) NOT NULL,
    attempts INT NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    last_status_code INT,
    last_error VARCHAR(500),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT webhook_delivery_pk PRIMARY KEY (id),
    CONSTRAINT webhook_delivery_webhook_fk FOREIGN KEY (webhook_id) REFERENCES webhook (id) ON DELETE CASCADE
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_webhook_idx ON webhook_delivery (webhook_id, created_at);
