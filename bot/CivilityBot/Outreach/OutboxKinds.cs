namespace CivilityBot.Outreach;

/// <summary>Values of <see cref="OutboxBatch.Kind"/>: what a batch carries, and how its status card is titled.</summary>
public static class OutboxKinds
{
    public const string Reminder = "reminder";

    public const string Checklists = "checklists";

    /// <summary>The Chinese name of the kind on status cards and in history: 提醒 / 清单.</summary>
    public static string Title(string kind) => kind == Checklists ? "发送清单" : "提醒";
}
