namespace CivilityBot.Cards.Reminders;

/// <summary>Values of the compose card's choice inputs.</summary>
public static class ReminderChoices
{
    public const string AudienceOutstanding = "outstanding";
    public const string AudienceDepartment = "department";
    public const string AudienceWorkingGroup = "workingGroup";
    public const string AudiencePeople = "people";
    public const string AudienceAllStaff = "allStaff";

    public const string TimingNow = "now";
    public const string TimingWeeklyMonday = "weeklyMonday";
    public const string TimingBeforeInspection = "beforeInspection";
    public const string TimingCustom = "custom";
}
