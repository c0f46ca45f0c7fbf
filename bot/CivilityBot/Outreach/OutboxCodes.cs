namespace CivilityBot.Outreach;

/// <summary>Codes and Chinese reasons the outbox itself assigns.</summary>
public static class OutboxCodes
{
    public const string Interrupted = "Interrupted";
    public const string InterruptedReason = "发送时服务中断，无法确认是否送达；为避免重复没有再发";

    public const string Cancelled = "Cancelled";
    public const string CancelledReason = "提醒已被取消";
}
