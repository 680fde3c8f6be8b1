-- Identity: MFA replay protection, recovery codes, roles that require MFA, list filters.
ALTER TABLE user_account ADD COLUMN mfa_last_step BIGINT;
CREATE INDEX user_account_status_idx ON user_account (status);

CREATE TABLE mfa_recovery_code (
    id UUID NOT NULL,
    user_id UUID NOT NULL,
    code_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT mfa_recovery_code_pk PRIMARY KEY (id),
    CONSTRAINT mfa_recovery_code_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
);
CREATE INDEX mfa_recovery_code_user_idx ON mfa_recovery_code (user_id);

CREATE TABLE mfa_required_role (
    role VARCHAR(40) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT mfa_required_role_pk PRIMARY KEY (role)
);
