-- An event may name one more record it concerns (a supplier's document event names the supplier), so a
-- record's timeline can gather the events of the records that belong to it. Null for earlier events.
ALTER TABLE audit_event ADD COLUMN related_type VARCHAR(100);
ALTER TABLE audit_event ADD COLUMN related_id VARCHAR(100);
CREATE INDEX audit_event_related_idx ON audit_event (related_type, related_id, seq);
