-- A document may carry a file (kept by the storage module; only its id and description here) and may
-- come from the supplier through the portal: then it waits for a staff member to verify or reject it.
-- Documents recorded before this change were entered by staff and count as verified.
ALTER TABLE supplier_document ADD COLUMN verification VARCHAR(25) NOT NULL DEFAULT 'VERIFIED';
ALTER TABLE supplier_document ADD COLUMN source VARCHAR(10) NOT NULL DEFAULT 'STAFF';
ALTER TABLE supplier_document ADD COLUMN verified_by UUID;
ALTER TABLE supplier_document ADD COLUMN verified_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE supplier_document ADD COLUMN rejection_reason VARCHAR(500);
ALTER TABLE supplier_document ADD COLUMN uploaded_by UUID;
ALTER TABLE supplier_document ADD COLUMN file_id UUID;
ALTER TABLE supplier_document ADD COLUMN file_name VARCHAR(255);
ALTER TABLE supplier_document ADD COLUMN file_content_type VARCHAR(200);
ALTER TABLE supplier_document ADD COLUMN file_size BIGINT;
ALTER TABLE supplier_document ADD CONSTRAINT supplier_document_verification_ck
    CHECK (verification IN ('VERIFIED', 'PENDING_VERIFICATION', 'REJECTED'));
ALTER TABLE supplier_document ADD CONSTRAINT supplier_document_source_ck CHECK (source IN ('STAFF', 'PORTAL'));
CREATE INDEX supplier_document_verification_idx ON supplier_document (verification, supplier_id);
