using CivilityBot.Knowledge;

namespace CivilityBot.Checklists;

/// <summary>A coordinator's 发送清单 request and where each recipient's delivery stands.</summary>
public sealed record ChecklistSendBatch
{
    public required string Id { get; init; }

    public required string RequestedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public SendBatchState State { get; init; }

    public ReplyLanguage Language { get; init; }

    public IReadOnlyList<ChecklistDelivery> Deliveries { get; init; } = [];

    public DateTimeOffset? FinishedAt { get; init; }
}
