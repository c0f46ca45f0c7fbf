using CivilityBot.Storage;
using LiteDB;

namespace CivilityBot.People;

/// <summary>The imported staff list in LiteDB: <c>roster_entries</c>, <c>roster_drafts</c>, <c>roster_audit</c>, <c>roster_meta</c> (the version).</summary>
public sealed class LiteDbRosterStore : IRosterStore
{
    private const string VersionId = "version";
    private readonly BotDatabase _database;
    private readonly ILiteCollection<RosterEntry> _entries;
    private readonly ILiteCollection<RosterImportDraft> _drafts;
    private readonly ILiteCollection<PeopleAuditEntry> _audit;
    private readonly ILiteCollection<BsonDocument> _meta;
    private readonly Lock _gate = new();

    public LiteDbRosterStore(BotDatabase database)
    {
        _database = database;
        _entries = database.Collection<RosterEntry>("roster_entries");
        _drafts = database.Collection<RosterImportDraft>("roster_drafts");
        _audit = database.Collection<PeopleAuditEntry>("roster_audit");
        _meta = database.Collection<BsonDocument>("roster_meta");
    }

    public IReadOnlyList<RosterEntry> Entries() => [.. _entries.FindAll().OrderBy(entry => entry.Id, StringComparer.Ordinal)];

    public int Version() => _meta.FindById(VersionId)?["value"].AsInt32 ?? 0;

    public void SaveDraft(RosterImportDraft draft) => _drafts.Insert(draft with { State = RosterImportState.Draft });

    public RosterImportDraft? FindDraft(string id) => _drafts.FindById(id);

    public RosterApplyOutcome Apply(string draftId, string by, DateTimeOffset at)
    {
        lock (_gate)
        {
            return _database.InTransaction(() =>
            {
                if (_drafts.FindById(draftId) is not { IsUnusable: false } draft)
                {
                    return RosterApplyOutcome.NotFound;
                }

                if (draft.State != RosterImportState.Draft)
                {
                    return RosterApplyOutcome.AlreadyDecided;
                }

                if (draft.BaseVersion != Version())
                {
                    return RosterApplyOutcome.Stale;
                }

                Replace(draft, by, at);
                return RosterApplyOutcome.Applied;
            });
        }
    }

    public bool Cancel(string draftId, string by, DateTimeOffset at)
    {
        lock (_gate)
        {
            if (_drafts.FindById(draftId) is not { State: RosterImportState.Draft } draft)
            {
                return false;
            }

            return _drafts.Update(draft with { State = RosterImportState.Cancelled, DecidedBy = by, DecidedAt = at });
        }
    }

    public IReadOnlyList<PeopleAuditEntry> Audit() => [.. _audit.FindAll().OrderBy(entry => entry.Id)];

    private void Replace(RosterImportDraft draft, string by, DateTimeOffset at)
    {
        _entries.DeleteAll();
        _entries.InsertBulk(draft.Entries);
        var rows = draft.Added.Select(line => (PeopleAuditActions.RosterAdd, line))
            .Concat(draft.Changed.Select(line => (PeopleAuditActions.RosterChange, line)))
            .Concat(draft.Removed.Select(line => (PeopleAuditActions.RosterRemove, line)));
        foreach (var (action, line) in rows)
        {
            var name = line.Split('：', 2)[0];
            _audit.Insert(new PeopleAuditEntry { At = at, ActorName = by, Action = action, PersonName = name, Detail = $"{draft.FileName}：{line}" });
        }

        _meta.Upsert(new BsonDocument { ["_id"] = VersionId, ["value"] = draft.BaseVersion + 1 });
        _drafts.Update(draft with { State = RosterImportState.Applied, DecidedBy = by, DecidedAt = at });
    }
}
