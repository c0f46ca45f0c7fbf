namespace CivilityBot.Outreach;

/// <summary>Whether a person can be reached, and if not, why (Chinese). <see cref="ViaInstall"/>: only after the bot installs itself for them.</summary>
public sealed record Reachability(bool CanReach, string? ReasonCode, string? Reason)
{
    public static Reachability Reachable { get; } = new(true, null, null);

    public static Reachability AfterInstall { get; } = new(true, null, null) { ViaInstall = true };

    public bool ViaInstall { get; init; }
}
