-- Evidence files (metadata; the bytes stay in the content folder, named by SHA-256), their audit, upload-link claims
-- and signing key, requirements and reviews.
CREATE TABLE evidence_audit (
    id              bigserial PRIMARY KEY,
    sub_criterion_id text NOT NULL,
    doc             jsonb NOT NULL
);
CREATE INDEX evidence_audit_item ON evidence_audit (sub_criterion_id);

CREATE TABLE evidence_files (
    id               text PRIMARY KEY,
    sub_criterion_id text NOT NULL,
    number           integer NOT NULL,
    removed          boolean NOT NULL DEFAULT false,
    doc              jsonb NOT NULL
);
CREATE INDEX evidence_files_item ON evidence_files (sub_criterion_id, number);

CREATE TABLE evidence_keys (
    id  text PRIMARY KEY,
    key bytea NOT NULL
);

CREATE TABLE evidence_link_claims (
    id         text PRIMARY KEY,
    expires_at timestamptz NOT NULL,
    doc        jsonb NOT NULL
);
CREATE INDEX evidence_link_claims_expiry ON evidence_link_claims (expires_at);

CREATE TABLE evidence_requirements (
    id  text PRIMARY KEY,
    doc jsonb NOT NULL
);

CREATE TABLE evidence_reviews (
    id  text PRIMARY KEY,
    doc jsonb NOT NULL
);
