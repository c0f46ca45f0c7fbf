namespace CivilityBot.Cards.Reminders;

/// <summary>What confirming would do: who gets it, who cannot be reached and why, and one recipient's message.</summary>
/// <param name="DraftId">What the confirm button confirms.</param>
/// <param name="TimingText">e.g. 立即发送, or 每周一 9:00（北京时间），下次 2023-10-30 09:00.</param>
/// <param name="IsSchedule">Confirming stores a schedule instead of sending now.</param>
/// <param name="Recipients">Everyone the audience names now.</param>
/// <param name="SampleSummary">The sample's notification line.</param>
public sealed record ReminderPreviewModel(
    string DraftId,
    string AudienceText,
    string TimingText,
    bool IsSchedule,
    string? Note,
    int Recipients,
    IReadOnlyList<UnreachableRecipient> Unreachable,
    ReminderMessageModel? Sample,
    string? SampleSummary)
{
    public int Reachable => Recipients - Unreachable.Count;

    /// <summary>
    /// For a resend: people whose earlier delivery has an unknown outcome (it may have arrived). They are left out, named
    /// separately, so the coordinator decides whether to send them a second copy.
    /// </summary>
    public IReadOnlyList<string> OutcomeUnknown { get; init; } = [];

    /// <summary>Lines about installation: who gets the bot installed first, or what to configure so they could.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
