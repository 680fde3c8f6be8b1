-- A completed review's snapshot and its decision are records of what was decided: never updated or deleted.
CREATE OR REPLACE FUNCTION supplier_review_reject_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is immutable: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER supplier_review_snapshot_immutable
    BEFORE UPDATE OR DELETE ON supplier_review_snapshot
    FOR EACH ROW EXECUTE FUNCTION supplier_review_reject_change();

CREATE TRIGGER supplier_review_decision_immutable
    BEFORE UPDATE OR DELETE ON supplier_review_decision
    FOR EACH ROW EXECUTE FUNCTION supplier_review_reject_change();
