using System.ComponentModel.DataAnnotations;

namespace CivilityBot.Protocol.Pacing;

/// <summary>
/// Pacing of every Bot Connector call (replies, proactive sends, conversation creation), bound to section
/// <c>ConnectorPacing</c>. Teams allows 50 requests/s per app per tenant, and per conversation 7 in 1 s, 8 in 2 s and
/// 60 in 30 s (Microsoft Learn, "Optimize your bot: rate limiting and best practices in Teams").
/// </summary>
public sealed class ConnectorPacingOptions
{
    public const string Section = "ConnectorPacing";

    /// <summary>Connector calls per second for the whole bot (sends and conversation creation alike).</summary>
    [Range(1, 50)]
    public int RequestsPerSecond { get; set; } = 30;

    /// <summary>Teams' per-conversation limits: 7 in any second, 8 in any 2 s, 60 in any 30 s.</summary>
    [Range(1, 7)]
    public int PerConversationPerSecond { get; set; } = 7;

    [Range(1, 8)]
    public int PerConversationPerTwoSeconds { get; set; } = 8;

    [Range(1, 60)]
    public int PerConversationPerThirtySeconds { get; set; } = 60;
}
