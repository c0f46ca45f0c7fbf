namespace CivilityBot.Outreach;

/// <summary>Values of <see cref="OutboxBatch.Kind"/>: what a batch carries, and how its status card is titled.</summary>
public static class OutboxKinds
{
    public const string Reminder = "reminder";

    public const string Checklists = "checklists";

    /// <summary>A notice to owners that their evidence was reviewed; the reviewer gets no status card for it.</summary>
    public const string EvidenceReview = "evidence-review";

    /// <summary>The Chinese name of the kind on status cards and in history.</summary>
    public static string Title(string kind) => kind switch
    {
        Checklists => "发送清单",
        EvidenceReview => "佐证审核通知",
        _ => "提醒",
    };

    /// <summary>Whether the creator of a batch without a status card is sent one when sending starts.</summary>
    public static bool ReportsToCreator(string kind) => kind != EvidenceReview;
}
