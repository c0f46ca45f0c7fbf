namespace CivilityBot.Cards.Reminders;

/// <summary>Card verbs of the reminders feature (Action.Execute verbs; Action.Submit fallbacks carry them as "verb").</summary>
public static class ReminderVerbs
{
    /// <summary>Compose card → preview card (inputs: audience, note, timing).</summary>
    public const string Preview = "reminders.preview";

    /// <summary>Preview card → queued broadcast or stored schedule (data: draft).</summary>
    public const string Confirm = "reminders.confirm";

    /// <summary>Preview card → nothing sent, draft dropped (data: draft).</summary>
    public const string Discard = "reminders.discard";

    /// <summary>Preview of a new reminder to everyone the broadcast did not reach (data: broadcast).</summary>
    public const string Retry = "reminders.retry";

    public const string PauseSchedule = "reminders.schedule.pause";

    public const string ResumeSchedule = "reminders.schedule.resume";

    public const string DeleteSchedule = "reminders.schedule.delete";
}
