-- Shortlist announcement (publication and objection window in working days), the final selection's
-- outcome and reason, and the list screen's filters.
ALTER TABLE supplier_access_case ADD COLUMN published_on DATE;
ALTER TABLE supplier_access_case ADD COLUMN objection_window_days INTEGER;
ALTER TABLE supplier_access_case ADD COLUMN objection_window_ends DATE;
ALTER TABLE supplier_access_case ADD COLUMN decided_by UUID;
ALTER TABLE supplier_access_case ADD COLUMN decision_reason VARCHAR(2000);
CREATE INDEX supplier_access_case_stage_idx ON supplier_access_case (state, stage);
CREATE INDEX supplier_access_case_owner_idx ON supplier_access_case (owner_id);
CREATE INDEX supplier_access_case_opened_idx ON supplier_access_case (opened_at);

-- Objections to a shortlist announcement: who objected, when and what; then how it was resolved and by whom.
CREATE TABLE supplier_access_objection (
    id UUID NOT NULL,
    case_id UUID NOT NULL,
    objector VARCHAR(200) NOT NULL,
    text VARCHAR(4000) NOT NULL,
    raised_on DATE NOT NULL,
    recorded_by UUID NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    resolution VARCHAR(4000),
    resolved_by UUID,
    resolved_at TIMESTAMP WITH TIME ZONE,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT supplier_access_objection_pk PRIMARY KEY (id),
    CONSTRAINT supplier_access_objection_case_fk FOREIGN KEY (case_id) REFERENCES supplier_access_case (id)
);
CREATE INDEX supplier_access_objection_case_idx ON supplier_access_objection (case_id);

-- Final selection: each committee member's vote with a reason (one per member and case).
CREATE TABLE supplier_access_vote (
    case_id UUID NOT NULL,
    voter_id UUID NOT NULL,
    vote VARCHAR(10) NOT NULL,
    reason VARCHAR(2000) NOT NULL,
    voted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supplier_access_vote_pk PRIMARY KEY (case_id, voter_id),
    CONSTRAINT supplier_access_vote_case_fk FOREIGN KEY (case_id) REFERENCES supplier_access_case (id),
    CONSTRAINT supplier_access_vote_ck CHECK (vote IN ('APPROVE', 'REJECT', 'ABSTAIN'))
);
