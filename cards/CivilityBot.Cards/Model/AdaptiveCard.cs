using System.Text.Json.Serialization;

namespace CivilityBot.Cards.Model;

/// <summary>The root of an Adaptive Card, version 1.5 (the newest Teams renders for bots).</summary>
public sealed class AdaptiveCard
{
    public const string CurrentVersion = "1.5";

    [JsonPropertyName("type")]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";

    public string Version { get; init; } = CurrentVersion;

    public string? Speak { get; init; }

    public List<CardElement> Body { get; init; } = [];

    public List<CardAction>? Actions { get; init; }

    public CardRefresh? Refresh { get; init; }

    /// <summary>Teams-specific: full-width cards read better for long checklists.</summary>
    public TeamsCardProperties? Msteams { get; init; }
}
