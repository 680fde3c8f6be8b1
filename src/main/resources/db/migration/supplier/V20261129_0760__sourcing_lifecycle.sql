-- Sourcing events become an explicit state machine (DRAFT -> OPEN -> EVALUATION -> AWARDED -> CLOSED, or
-- CANCELLED), with bids, an evaluation panel that declares conflicts of interest, and technical scores.
ALTER TABLE supplier_sourcing_event DROP CONSTRAINT supplier_sourcing_event_state_ck;
ALTER TABLE supplier_sourcing_event ADD CONSTRAINT supplier_sourcing_event_state_ck
    CHECK (state IN ('DRAFT', 'OPEN', 'EVALUATION', 'AWARDED', 'CLOSED', 'CANCELLED'));
ALTER TABLE supplier_sourcing_event ADD COLUMN price_weight INTEGER DEFAULT 40 NOT NULL;
ALTER TABLE supplier_sourcing_event ADD COLUMN awarded_bid_id UUID;
ALTER TABLE supplier_sourcing_event ADD COLUMN award_not_top_ranked BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE supplier_sourcing_event ADD COLUMN awarded_by UUID;
ALTER TABLE supplier_sourcing_event ADD COLUMN state_changed_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX supplier_sourcing_event_filter_idx ON supplier_sourcing_event (state, kind, category);

-- every state change: who, when, why
CREATE TABLE supplier_sourcing_transition (
    event_id UUID NOT NULL,
    seq INTEGER NOT NULL,
    from_state VARCHAR(12),
    to_state VARCHAR(12) NOT NULL,
    actor_id UUID NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    reason VARCHAR(1000),
    CONSTRAINT supplier_sourcing_transition_pk PRIMARY KEY (event_id, seq),
    CONSTRAINT supplier_sourcing_transition_event_fk FOREIGN KEY (event_id) REFERENCES supplier_sourcing_event (id)
);

CREATE TABLE supplier_sourcing_panel_member (
    id UUID NOT NULL,
    event_id UUID NOT NULL,
    user_id UUID NOT NULL,
    added_by UUID NOT NULL,
    added_at TIMESTAMP WITH TIME ZONE NOT NULL,
    declared_at TIMESTAMP WITH TIME ZONE,
    declaration_note VARCHAR(1000),
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT supplier_sourcing_panel_member_pk PRIMARY KEY (id),
    CONSTRAINT supplier_sourcing_panel_member_uq UNIQUE (event_id, user_id),
    CONSTRAINT supplier_sourcing_panel_member_event_fk FOREIGN KEY (event_id) REFERENCES supplier_sourcing_event (id)
);
CREATE INDEX supplier_sourcing_panel_member_user_idx ON supplier_sourcing_panel_member (user_id);

-- the suppliers a member declared a conflict of interest with (none = declared "no conflict")
CREATE TABLE supplier_sourcing_conflict (
    member_id UUID NOT NULL,
    supplier_id UUID NOT NULL,
    CONSTRAINT supplier_sourcing_conflict_pk PRIMARY KEY (member_id, supplier_id),
    CONSTRAINT supplier_sourcing_conflict_member_fk FOREIGN KEY (member_id) REFERENCES supplier_sourcing_panel_member (id),
    CONSTRAINT supplier_sourcing_conflict_supplier_fk FOREIGN KEY (supplier_id) REFERENCES supplier (id)
);

CREATE TABLE supplier_sourcing_bid (
    id UUID NOT NULL,
    event_id UUID NOT NULL,
    supplier_id UUID NOT NULL,
    amount DECIMAL(18, 2) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    notes VARCHAR(4000),
    documents VARCHAR(2000),
    submitted_by UUID NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT supplier_sourcing_bid_pk PRIMARY KEY (id),
    CONSTRAINT supplier_sourcing_bid_uq UNIQUE (event_id, supplier_id),
    CONSTRAINT supplier_sourcing_bid_event_fk FOREIGN KEY (event_id) REFERENCES supplier_sourcing_event (id),
    CONSTRAINT supplier_sourcing_bid_supplier_fk FOREIGN KEY (supplier_id) REFERENCES supplier (id)
);
CREATE INDEX supplier_sourcing_bid_supplier_idx ON supplier_sourcing_bid (supplier_id);

CREATE TABLE supplier_sourcing_score (
    bid_id UUID NOT NULL,
    member_user_id UUID NOT NULL,
    score INTEGER NOT NULL,
    comment VARCHAR(1000),
    scored_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supplier_sourcing_score_pk PRIMARY KEY (bid_id, member_user_id),
    CONSTRAINT supplier_sourcing_score_bid_fk FOREIGN KEY (bid_id) REFERENCES supplier_sourcing_bid (id),
    CONSTRAINT supplier_sourcing_score_range_ck CHECK (score BETWEEN 0 AND 100)
);
