using CivilityBot.Storage;
using LiteDB;

namespace CivilityBot.Reminders;

public sealed class LiteDbReminderDraftStore : IReminderDraftStore
{
    private readonly BotDatabase _database;
    private readonly ILiteCollection<ReminderDraft> _drafts;

    // LiteDB transactions read a snapshot, so two concurrent read-then-mark takes could both see the draft unused.
    private readonly Lock _takeGate = new();

    public LiteDbReminderDraftStore(BotDatabase database)
    {
        _database = database;
        _drafts = database.Collection<ReminderDraft>("reminder_drafts");
        _drafts.EnsureIndex(d => d.ExpiresAt);
    }

    public void Save(ReminderDraft draft) => _drafts.Upsert(draft);

    public ReminderDraft? Find(string draftId, DateTimeOffset now) =>
        _drafts.FindById(draftId) is { Used: false } draft && draft.ExpiresAt > now ? draft : null;

    public ReminderDraft? Take(string draftId, DateTimeOffset now)
    {
        lock (_takeGate)
        {
            return _database.InTransaction(() =>
            {
                var draft = Find(draftId, now);
                if (draft is null)
                {
                    return null;
                }

                draft.Used = true;
                _drafts.Update(draft);
                return draft;
            });
        }
    }

    public int Prune(DateTimeOffset now) => _drafts.DeleteMany(d => d.ExpiresAt < now);
}
