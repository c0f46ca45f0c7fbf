-- CivilityBot core schema (issue 12). Instants are timestamptz (UTC); records the bot only reads whole are kept as
-- jsonb documents beside the columns it filters, orders or claims on.

-- Versions of stores that other instances cache: a writer bumps its row in the same transaction as the change.
CREATE TABLE store_versions (
    name    text PRIMARY KEY,
    version bigint NOT NULL DEFAULT 0
);

CREATE TABLE outbox_batches (
    id             serial PRIMARY KEY,
    created_by     text NOT NULL,
    created_at     timestamptz NOT NULL,
    kind           text NOT NULL,
    audience_text  text NOT NULL,
    note           text,
    schedule_id    integer,
    scheduled_for  timestamptz,
    state          integer NOT NULL,
    total          integer NOT NULL,
    status_message jsonb,
    started_at     timestamptz,
    finished_at    timestamptz,
    cancelled_by   text
);
CREATE INDEX outbox_batches_active ON outbox_batches (id) WHERE state IN (1, 2);
-- One broadcast per schedule occurrence, however many instances fire it.
CREATE UNIQUE INDEX outbox_batches_occurrence ON outbox_batches (schedule_id, scheduled_for) WHERE schedule_id IS NOT NULL;

CREATE TABLE outbox_deliveries (
    id              text PRIMARY KEY,
    batch_id        integer NOT NULL REFERENCES outbox_batches (id),
    idx             integer NOT NULL,
    person_name     text NOT NULL,
    summary         text NOT NULL,
    card_json       text NOT NULL,
    state           integer NOT NULL,
    sending_at      timestamptz,
    attempts        integer NOT NULL DEFAULT 0,
    activity_id     text,
    conversation_id text,
    error_code      text,
    reason          text,
    finished_at     timestamptz,
    -- The instance that claimed the delivery for sending, and until when its claim holds.
    claimed_by      text,
    lease_until     timestamptz
);
CREATE UNIQUE INDEX outbox_deliveries_batch ON outbox_deliveries (batch_id, idx);
CREATE INDEX outbox_deliveries_in_flight ON outbox_deliveries (lease_until) WHERE state = 0 AND sending_at IS NOT NULL;

CREATE TABLE conversation_references (
    id                   text PRIMARY KEY,
    user_id              text NOT NULL,
    aad_object_id        text,
    service_url_verified boolean NOT NULL,
    doc                  jsonb NOT NULL
);
CREATE INDEX conversation_references_user ON conversation_references (user_id);
CREATE INDEX conversation_references_aad ON conversation_references (aad_object_id);

CREATE TABLE people_links (
    id            text PRIMARY KEY,
    aad_object_id text,
    teams_user_id text,
    doc           jsonb NOT NULL
);
CREATE INDEX people_links_aad ON people_links (aad_object_id);
CREATE INDEX people_links_teams ON people_links (teams_user_id);

CREATE TABLE people_coordinators (
    id  text PRIMARY KEY,
    doc jsonb NOT NULL
);

CREATE TABLE people_audit (
    id  bigserial PRIMARY KEY,
    doc jsonb NOT NULL
);

CREATE TABLE people_meta (
    id text PRIMARY KEY,
    at timestamptz NOT NULL
);

CREATE TABLE people_directory (
    id  text PRIMARY KEY,
    doc jsonb NOT NULL
);

CREATE TABLE checklist_states (
    id  text PRIMARY KEY,
    doc jsonb NOT NULL
);

CREATE TABLE checklist_audit (
    id          bigserial PRIMARY KEY,
    activity_id text,
    doc         jsonb NOT NULL
);
CREATE INDEX checklist_audit_activity ON checklist_audit (activity_id);

CREATE TABLE reminder_schedules (
    id                 serial PRIMARY KEY,
    paused             boolean NOT NULL,
    next_occurrence_at timestamptz,
    doc                jsonb NOT NULL
);
CREATE INDEX reminder_schedules_next ON reminder_schedules (next_occurrence_at) WHERE NOT paused;

-- One row per schedule occurrence that an instance claimed; the primary key makes the claim unique.
CREATE TABLE reminder_occurrences (
    schedule_id   integer NOT NULL,
    occurrence_at timestamptz NOT NULL,
    claimed_at    timestamptz NOT NULL,
    PRIMARY KEY (schedule_id, occurrence_at)
);

CREATE TABLE reminder_drafts (
    id         text PRIMARY KEY,
    expires_at timestamptz NOT NULL,
    used       boolean NOT NULL,
    doc        jsonb NOT NULL
);
CREATE INDEX reminder_drafts_expiry ON reminder_drafts (expires_at);

CREATE TABLE plan_changes (
    id  integer PRIMARY KEY,
    doc jsonb NOT NULL
);

CREATE TABLE download_links (
    id         text PRIMARY KEY,
    expires_at timestamptz NOT NULL,
    doc        jsonb NOT NULL
);
CREATE INDEX download_links_expiry ON download_links (expires_at);

-- Activities a bot instance took on (a digest of channel, conversation and activity id), so a redelivery to another
-- instance is answered without running the turn again.
CREATE TABLE activity_claims (
    key        uuid PRIMARY KEY,
    expires_at timestamptz NOT NULL
);
CREATE INDEX activity_claims_expiry ON activity_claims (expires_at);
