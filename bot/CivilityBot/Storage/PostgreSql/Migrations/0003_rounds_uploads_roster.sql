-- Campaign rounds, pending chat uploads and the imported staff list (the features merged after 0002).

-- Checklist state and audit per campaign round: one pair of tables with a round_id column (rows written before rounds
-- existed belong to round 1), rather than a pair of tables per round, so the schema stays fixed by migrations and no
-- instance creates tables at run time.
ALTER TABLE checklist_states ADD COLUMN round_id integer NOT NULL DEFAULT 1;
ALTER TABLE checklist_states DROP CONSTRAINT checklist_states_pkey;
ALTER TABLE checklist_states ADD PRIMARY KEY (round_id, id);

ALTER TABLE checklist_audit ADD COLUMN round_id integer NOT NULL DEFAULT 1;
DROP INDEX checklist_audit_activity;
CREATE INDEX checklist_audit_activity ON checklist_audit (round_id, activity_id);
CREATE INDEX checklist_audit_round ON checklist_audit (round_id, id);

-- Rounds (the last one is active) and previews of new rounds.
CREATE TABLE rounds (
    id  integer PRIMARY KEY,
    doc jsonb NOT NULL
);

CREATE TABLE round_drafts (
    id  integer PRIMARY KEY,
    doc jsonb NOT NULL
);

-- What the next file a person sends in personal chat is for (id = roster name).
CREATE TABLE upload_pending (
    id         text PRIMARY KEY,
    expires_at timestamptz NOT NULL,
    doc        jsonb NOT NULL
);

-- The imported staff list, its previews, its audit and its version (how many imports were applied).
CREATE TABLE roster_entries (
    id  text PRIMARY KEY,
    doc jsonb NOT NULL
);

CREATE TABLE roster_drafts (
    id  text PRIMARY KEY,
    doc jsonb NOT NULL
);

CREATE TABLE roster_audit (
    id  bigserial PRIMARY KEY,
    doc jsonb NOT NULL
);

CREATE TABLE roster_meta (
    id    text PRIMARY KEY,
    value integer NOT NULL
);
