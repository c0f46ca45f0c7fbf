using System.Text.Json.Serialization;

namespace CivilityBot.Cards.Model;

/// <summary>
/// Universal Actions <c>refresh</c> (Adaptive Cards 1.4+): Teams sends an <c>adaptiveCard/action</c> invoke with
/// <c>trigger: "automatic"</c> and this action's verb and data for each user listed in <see cref="UserIds"/> who sees the
/// card, and shows that user (on that client only) the card the bot answers: a user-specific view. Everyone else keeps
/// the card as sent. Teams honours at most <see cref="MaxUserIds"/> users (msteams-docs "User Specific Views").
/// </summary>
public sealed class CardRefresh
{
    /// <summary>The most users Teams gives a user-specific view of one card.</summary>
    public const int MaxUserIds = 60;

    private CardRefresh(ActionExecute action, List<string> userIds) => (Execute, UserIds) = (action, userIds);

    /// <summary>Serialised as the base type so the <c>"type": "Action.Execute"</c> discriminator is written.</summary>
    [JsonPropertyName("action")]
    public CardAction Action => Execute;

    /// <summary>Teams user ids (MRIs, <c>29:…</c>) that get their own view: distinct, non-empty, at most <see cref="MaxUserIds"/>.</summary>
    public List<string> UserIds { get; }

    [JsonIgnore]
    public ActionExecute Execute { get; }

    /// <summary>A refresh with <paramref name="verb"/> and <paramref name="data"/>; user ids past the first 60 distinct ones are dropped.</summary>
    public static CardRefresh For(string verb, Dictionary<string, string> data, IEnumerable<string> userIds) => new(
        new ActionExecute("Refresh", verb, data),
        [.. userIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).Take(MaxUserIds)]);
}
