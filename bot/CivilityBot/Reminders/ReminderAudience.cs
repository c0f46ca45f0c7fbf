namespace CivilityBot.Reminders;

/// <summary>The audience as the coordinator chose it; resolved to people when the reminder is queued (or a schedule fires).</summary>
public sealed class ReminderAudience
{
    public AudienceKind Kind { get; set; } = AudienceKind.Outstanding;

    /// <summary>Department names, working-group names or person names, depending on <see cref="Kind"/>.</summary>
    public List<string> Values { get; set; } = [];

    public static ReminderAudience Outstanding() => new();

    public static ReminderAudience Of(AudienceKind kind, IEnumerable<string> values) => new() { Kind = kind, Values = values.ToList() };
}
