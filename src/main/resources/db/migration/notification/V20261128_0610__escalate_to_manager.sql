-- A rule may escalate to the overdue owner's manager (from the people directory), to a role, or both.
ALTER TABLE reminder_rule ADD COLUMN escalate_to_manager BOOLEAN DEFAULT TRUE NOT NULL;
