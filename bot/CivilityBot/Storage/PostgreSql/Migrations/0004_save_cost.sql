-- Cheaper checklist saves and questions (issue 12's cost per save).

-- The store_versions version at which each checklist state row was last written, so an instance whose copy is at
-- version v reads only the rows with version > v instead of the whole round.
ALTER TABLE checklist_states ADD COLUMN version bigint NOT NULL DEFAULT 0;
CREATE INDEX checklist_states_version ON checklist_states (round_id, version);

-- Activity claims only guard against Teams delivering an activity twice within minutes; they need no WAL write and
-- fsync per message. An unlogged table is emptied if the server itself crashes, which at worst lets one resent
-- activity through again after that crash (checklist saves stay exactly-once through their audit's activity id).
ALTER TABLE activity_claims SET UNLOGGED;
