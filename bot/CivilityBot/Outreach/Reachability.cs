namespace CivilityBot.Outreach;

public sealed record Reachability(bool CanReach, string? ReasonCode, string? Reason)
{
    public static Reachability Reachable { get; } = new(true, null, null);
}
