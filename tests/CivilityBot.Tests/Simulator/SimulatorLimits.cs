namespace CivilityBot.Tests.Simulator;

/// <summary>Teams-like limits the simulator enforces with 429 + Retry-After. Null turns a limit off.</summary>
public sealed record SimulatorLimits
{
    /// <summary>Teams: 50 requests per second per app per tenant.</summary>
    public int? PerSecond { get; init; } = 50;

    /// <summary>Per conversation: 7 in any second, 8 in any 2 s, 60 in any 30 s.</summary>
    public bool PerConversation { get; init; } = true;

    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>Simulated network and service time of each call.</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.Zero;

    public static SimulatorLimits Teams { get; } = new();

    public static SimulatorLimits None { get; } = new() { PerSecond = null, PerConversation = false };
}
