using CivilityBot.Turns;
using LiteDB;

namespace CivilityBot.Outreach;

/// <summary>
/// One message sent to many people (a reminder, checklists): its deliveries are <see cref="OutboxDelivery"/> documents, each
/// a finished card for one person. A <see cref="BatchState.Draft"/> waits for a coordinator's confirmation.
/// </summary>
public sealed class OutboxBatch
{
    /// <summary>Small number the coordinator types in 取消提醒 12; assigned by the store.</summary>
    public int Id { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>What is being sent, for titles and history: <see cref="OutboxKinds"/>.</summary>
    public string Kind { get; set; } = OutboxKinds.Reminder;

    /// <summary>How the audience reads in Chinese, fixed when queued (e.g. 未完成事项的责任人).</summary>
    public string AudienceText { get; set; } = string.Empty;

    public string? Note { get; set; }

    public int? ScheduleId { get; set; }

    /// <summary>The schedule occurrence this broadcast is for, so a restart never fires the same occurrence twice.</summary>
    public DateTimeOffset? ScheduledFor { get; set; }

    public BatchState State { get; set; } = BatchState.Queued;

    public int Total { get; set; }

    public CardLocation? StatusMessage { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public string? CancelledBy { get; set; }

    [BsonIgnore]
    public bool IsActive => State is BatchState.Queued or BatchState.Running;
}
