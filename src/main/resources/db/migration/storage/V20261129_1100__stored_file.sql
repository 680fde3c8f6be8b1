-- Content of uploaded files, referenced by id from the records of other modules (evidence,
-- supplier documents, questionnaire answers, test reports). Never updated: a new file is a new row.
create table stored_file (
    id           uuid primary key,
    filename     varchar(255)             not null,
    content_type varchar(200)             not null,
    size_bytes   bigint                   not null,
    sha256       char(64)                 not null,
    stored_at    timestamp with time zone not null,
    stored_by    varchar(100)             not null,
    content      bytea                    not null
);

create index ix_stored_file_sha256 on stored_file (sha256);
