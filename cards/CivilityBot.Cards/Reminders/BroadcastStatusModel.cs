namespace CivilityBot.Cards.Reminders;

/// <summary>A broadcast as its coordinator follows it: counts by state, the first problems, what can be done next.</summary>
/// <param name="StateText">排队中 / 发送中 / 已完成 / 已取消.</param>
/// <param name="Sending">Handed to Teams, answer not yet stored.</param>
/// <param name="Problems">The first recipients not reached, with reasons.</param>
/// <param name="Report">Download links; null while running.</param>
/// <param name="Title">What was sent: 提醒 / 发送清单.</param>
public sealed record BroadcastStatusModel(
    string Title,
    int BroadcastId,
    string StateText,
    bool IsActive,
    string AudienceText,
    string CreatedBy,
    string CreatedAtText,
    string? Note,
    int Total,
    int Pending,
    int Sending,
    int Sent,
    int Unreachable,
    int Failed,
    int Cancelled,
    IReadOnlyList<UnreachableRecipient> Problems,
    ReportLinksModel? Report)
{
    public int NotReached => Unreachable + Failed;
}
