-- Evidence of kind FILE keeps the id of its file in the storage module plus what lists show
-- (name, size, SHA-256), so a control's evidence list needs no call per row.
ALTER TABLE cmp_evidence ADD COLUMN file_id UUID;
ALTER TABLE cmp_evidence ADD COLUMN file_name VARCHAR(255);
ALTER TABLE cmp_evidence ADD COLUMN file_size BIGINT;
ALTER TABLE cmp_evidence ADD COLUMN file_sha256 VARCHAR(64);
