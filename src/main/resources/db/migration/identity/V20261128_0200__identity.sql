-- Identity: the org-unit tree, accounts, role assignments and API tokens.
CREATE TABLE org_unit (
    id UUID NOT NULL,
    parent_id UUID,
    code VARCHAR(64) NOT NULL,
    name VARCHAR(200) NOT NULL,
    name_zh VARCHAR(200),
    type VARCHAR(20) NOT NULL,
    path VARCHAR(2000) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT org_unit_pk PRIMARY KEY (id),
    CONSTRAINT org_unit_code_uk UNIQUE (code),
    CONSTRAINT org_unit_parent_fk FOREIGN KEY (parent_id) REFERENCES org_unit (id)
);
CREATE INDEX org_unit_path_idx ON org_unit (path);
CREATE INDEX org_unit_parent_idx ON org_unit (parent_id);

CREATE TABLE user_account (
    id UUID NOT NULL,
    username VARCHAR(100) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    email VARCHAR(320),
    locale VARCHAR(10) NOT NULL,
    status VARCHAR(20) NOT NULL,
    password_hash VARCHAR(200),
    failed_attempts INT NOT NULL DEFAULT 0,
    locked_until TIMESTAMP WITH TIME ZONE,
    mfa_secret VARCHAR(64),
    mfa_enabled BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT user_account_pk PRIMARY KEY (id)
);
CREATE UNIQUE INDEX user_account_username_uk ON user_account (username);

CREATE TABLE role_assignment (
    id UUID NOT NULL,
    user_id UUID NOT NULL,
    role VARCHAR(40) NOT NULL,
    org_unit_id UUID NOT NULL,
    include_descendants BOOLEAN NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT role_assignment_pk PRIMARY KEY (id),
    CONSTRAINT role_assignment_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT role_assignment_unit_fk FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT role_assignment_uk UNIQUE (user_id, role, org_unit_id)
);
CREATE INDEX role_assignment_user_idx ON role_assignment (user_id);

CREATE TABLE api_token (
    id UUID NOT NULL,
    user_id UUID NOT NULL,
    name VARCHAR(100) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_pk PRIMARY KEY (id),
    CONSTRAINT api_token_hash_uk UNIQUE (token_hash),
    CONSTRAINT api_token_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
);
CREATE INDEX api_token_user_idx ON api_token (user_id);
