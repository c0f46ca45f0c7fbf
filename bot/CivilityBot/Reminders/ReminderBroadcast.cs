using LiteDB;

namespace CivilityBot.Reminders;

/// <summary>One reminder sent to many people; its deliveries are <see cref="ReminderDelivery"/> documents.</summary>
public sealed class ReminderBroadcast
{
    /// <summary>Small number the coordinator types in 取消提醒 12; assigned by LiteDB.</summary>
    public int Id { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public ReminderAudience Audience { get; set; } = new();

    /// <summary>How the audience reads in Chinese, fixed when queued (e.g. 未完成事项的责任人).</summary>
    public string AudienceText { get; set; } = string.Empty;

    public string? Note { get; set; }

    public int? ScheduleId { get; set; }

    /// <summary>The schedule occurrence this broadcast is for, so a restart never fires the same occurrence twice.</summary>
    public DateTimeOffset? ScheduledFor { get; set; }

    public BroadcastState State { get; set; } = BroadcastState.Queued;

    public int Total { get; set; }

    public StatusMessageLocation? StatusMessage { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public string? CancelledBy { get; set; }

    [BsonIgnore]
    public bool IsActive => State is BroadcastState.Queued or BroadcastState.Running;
}
