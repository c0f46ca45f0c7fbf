namespace CivilityBot.Cards.Reminders;

/// <summary>What one recipient's reminder says.</summary>
/// <param name="PersonName">Whom it greets.</param>
/// <param name="Indicators">Their unfinished work, grouped by indicator in number order; empty when all is done.</param>
/// <param name="Deadline">e.g. 当前阶段“全面落实阶段”于 2023年10月31日 截止; null when no phase is current or coming.</param>
/// <param name="Note">The coordinator's words, shown as they wrote them.</param>
/// <param name="SentBy">The coordinator's name.</param>
public sealed record ReminderMessageModel(
    string PersonName,
    IReadOnlyList<ReminderIndicatorModel> Indicators,
    string? Deadline,
    string? Note,
    string SentBy)
{
    public int ItemCount => Indicators.Sum(indicator => indicator.Items.Count);
}
