namespace CivilityBot.Cards.Reminders;

/// <summary>Verbs of the status card of any outbox batch (reminders, checklists), handled by the outbox itself.</summary>
public static class BatchVerbs
{
    /// <summary>Fresh status card of a batch (data: broadcast).</summary>
    public const string Status = "outbox.status";

    /// <summary>Stops a running batch (data: broadcast).</summary>
    public const string Cancel = "outbox.cancel";
}
