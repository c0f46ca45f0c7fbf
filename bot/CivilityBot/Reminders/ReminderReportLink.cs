namespace CivilityBot.Reminders;

/// <summary>An unguessable, expiring download link to one broadcast's delivery report.</summary>
public sealed class ReminderReportLink
{
    /// <summary>32 random bytes, base64url.</summary>
    public required string Id { get; set; }

    public int BroadcastId { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
