namespace CivilityBot.Reminders;

public interface IReminderDraftStore
{
    void Save(ReminderDraft draft);

    /// <summary>The draft if it exists, is unused and has not expired.</summary>
    ReminderDraft? Find(string draftId, DateTimeOffset now);

    /// <summary>Marks the draft used and returns it, exactly once; null when unknown, expired or already used.</summary>
    ReminderDraft? Take(string draftId, DateTimeOffset now);

    /// <summary>Forgets drafts that expired before <paramref name="now"/>.</summary>
    int Prune(DateTimeOffset now);
}
