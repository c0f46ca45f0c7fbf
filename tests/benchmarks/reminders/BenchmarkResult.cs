namespace ReminderBroadcastBenchmark;

/// <summary>What one run measured.</summary>
internal sealed record BenchmarkResult(
    int Recipients,
    TimeSpan Elapsed,
    int Sent,
    int Unreachable,
    int Failed,
    int StillPending,
    int Requests,
    int Throttled,
    int Duplicates,
    int BusiestSecond)
{
    /// <summary>Composing every card and writing the outbox.</summary>
    public TimeSpan Queued { get; init; }

    public TimeSpan? FirstSend { get; init; }

    public TimeSpan? LastSend { get; init; }

    public bool AllAccountedFor => Sent + Unreachable + Failed == Recipients && StillPending == 0 && Duplicates == 0;
}
