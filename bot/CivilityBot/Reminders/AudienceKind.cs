using CivilityBot.Knowledge;

namespace CivilityBot.Reminders;

/// <summary>Who a reminder goes to. Stored by name, so keep the member names stable.</summary>
public enum AudienceKind
{
    /// <summary>Everyone with unfinished sub-criteria (the default).</summary>
    Outstanding,
    Department,
    WorkingGroup,
    People,
    AllStaff,
}
