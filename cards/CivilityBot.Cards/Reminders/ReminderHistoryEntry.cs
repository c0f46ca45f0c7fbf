namespace CivilityBot.Cards.Reminders;

/// <summary>One past or running broadcast in 提醒记录.</summary>
public sealed record ReminderHistoryEntry(
    int BroadcastId,
    string CreatedAtText,
    string CreatedBy,
    string AudienceText,
    string StateText,
    bool IsActive,
    int Sent,
    int NotReached,
    int Total,
    ReportLinksModel? Report);
