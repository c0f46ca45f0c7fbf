-- Cheaper checklist saves and questions (issue 12's cost per save).

-- The store_versions version at which each checklist state row was last written, so an instance whose copy is at
-- version v reads only the rows with version > v instead of the whole round.
ALTER TABLE checklist_states ADD COLUMN version bigint NOT NULL DEFAULT 0;
CREATE INDEX checklist_states_version ON checklist_states (round_id, version);

-- During a rolling upgrade, instances of the previous version still write checklist_states without the version column
-- (under the round's advisory lock, bumping the round's version after writing). Give such a write the version its bump
-- is about to make, so upgraded instances read it too.
CREATE FUNCTION checklist_states_untagged_write() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_OP = 'INSERT' AND NEW.version = 0) OR (TG_OP = 'UPDATE' AND NEW.version = OLD.version) THEN
        SELECT COALESCE(max(sv.version), 0) + 1 INTO NEW.version
        FROM store_versions sv
        WHERE sv.name = CASE WHEN NEW.round_id <= 1 THEN 'checklists' ELSE 'checklists_r' || NEW.round_id END;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER checklist_states_untagged_write BEFORE INSERT OR UPDATE ON checklist_states
FOR EACH ROW EXECUTE FUNCTION checklist_states_untagged_write();

-- Activity claims only guard against Teams delivering an activity twice within minutes; they need no WAL write and
-- fsync per message. An unlogged table is emptied if the server itself crashes, which at worst lets one resent
-- activity through again after that crash (checklist saves stay exactly-once through their audit's activity id).
ALTER TABLE activity_claims SET UNLOGGED;

-- A checklist save in one statement (one round trip, committed on return). The bot merges the changes against its
-- cached states and sends, for every item of the save, the two revisions it merged against (0 and 0 for an item with
-- no row). Under the round's transaction lock (the same advisory lock key the saves of earlier versions took, so
-- during a rolling upgrade old and new instances still save one after another; held only while the function runs and
-- commits, never across round trips) the function
--   * answers 'replayed' with the stored rows when the activity is already audited in this round;
--   * answers 'stale' with the stored rows when any item's revisions differ from the sent ones: the bot merges again
--     against them and calls again;
--   * answers 'unchanged' when nothing is to be written (the bot's merge found every value already stored);
--   * else bumps the round's version (its row lock orders the saves of every instance), writes the changed states
--     tagged with that version and one audit row each, and answers 'saved' with the version.
CREATE FUNCTION checklist_save(
    p_round integer, p_version_name text, p_activity text,
    p_ids text[], p_done_revisions integer[], p_evidence_revisions integer[],
    p_changed_ids text[], p_docs jsonb[], p_audits jsonb[])
RETURNS TABLE (outcome text, version bigint, doc jsonb) -- first row: the outcome (doc null); then the stored rows, if any
LANGUAGE plpgsql AS $$
DECLARE
    v_version bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('civilitybot.' || p_version_name));

    IF p_activity IS NOT NULL AND EXISTS (
        SELECT 1 FROM checklist_audit a WHERE a.round_id = p_round AND a.activity_id = p_activity) THEN
        RETURN QUERY SELECT 'replayed', 0::bigint, NULL::jsonb;
        RETURN QUERY SELECT 'replayed', 0::bigint, s.doc FROM checklist_states s WHERE s.round_id = p_round AND s.id = ANY (p_ids);
        RETURN;
    END IF;

    IF EXISTS (
        SELECT 1
        FROM unnest(p_ids, p_done_revisions, p_evidence_revisions) AS sent (id, done_revision, evidence_revision)
        LEFT JOIN checklist_states s ON s.round_id = p_round AND s.id = sent.id
        WHERE COALESCE((s.doc ->> 'DoneRevision')::integer, 0) <> sent.done_revision
           OR COALESCE((s.doc ->> 'EvidenceRevision')::integer, 0) <> sent.evidence_revision) THEN
        RETURN QUERY SELECT 'stale', 0::bigint, NULL::jsonb;
        RETURN QUERY SELECT 'stale', 0::bigint, s.doc FROM checklist_states s WHERE s.round_id = p_round AND s.id = ANY (p_ids);
        RETURN;
    END IF;

    IF cardinality(p_changed_ids) = 0 THEN
        RETURN QUERY SELECT 'unchanged', 0::bigint, NULL::jsonb;
        RETURN;
    END IF;

    INSERT INTO store_versions AS sv (name, version) VALUES (p_version_name, 1)
    ON CONFLICT (name) DO UPDATE SET version = sv.version + 1
    RETURNING sv.version INTO v_version;

    INSERT INTO checklist_states AS s (round_id, id, doc, version)
    SELECT p_round, changed.id, changed.doc, v_version FROM unnest(p_changed_ids, p_docs) AS changed (id, doc)
    ON CONFLICT (round_id, id) DO UPDATE SET doc = excluded.doc, version = excluded.version;

    INSERT INTO checklist_audit (round_id, activity_id, doc)
    SELECT p_round, p_activity, audit FROM unnest(p_audits) WITH ORDINALITY AS audits (audit, n) ORDER BY n;

    RETURN QUERY SELECT 'saved', v_version, NULL::jsonb;
END
$$;
