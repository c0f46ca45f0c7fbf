namespace CivilityBot.Cards.Reminders;

/// <summary>Data keys and input ids on reminder cards.</summary>
public static class ReminderFields
{

    public const string Draft = "draft";

    public const string Broadcast = "broadcast";

    public const string Schedule = "schedule";

    public const string Audience = "audience";

    public const string Department = "department";

    public const string WorkingGroup = "workingGroup";

    /// <summary>Person names, comma separated (multi-select).</summary>
    public const string People = "people";

    public const string Note = "note";

    public const string Timing = "timing";

    /// <summary>Free-text schedule such as 每周三 15:00, used when <see cref="Timing"/> is <see cref="ReminderChoices.TimingCustom"/>.</summary>
    public const string CustomTiming = "customTiming";

    public const int NoteMaxLength = 500;

}
