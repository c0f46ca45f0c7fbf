using System.ComponentModel.DataAnnotations;

namespace CivilityBot.Conversations;

/// <summary>Pacing of proactive sends, bound to section <c>ProactiveMessenger</c>. Teams allows 50 requests/s per app per tenant.</summary>
public sealed class ProactiveMessengerOptions
{
    public const string Section = "ProactiveMessenger";

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
