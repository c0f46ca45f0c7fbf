namespace CivilityBot.Cards.Model;

/// <summary>Universal Action: Teams sends an adaptiveCard/action invoke and shows the card the bot returns.</summary>
public sealed class ActionExecute(string title, string verb, Dictionary<string, string>? data = null) : CardAction(title)
{
    public string Verb { get; } = verb;

    public Dictionary<string, string>? Data { get; } = data;

    /// <summary>"auto", "none" or a list; null lets the client send every input on the card.</summary>
    public string? AssociatedInputs { get; init; }

    /// <summary>Older clients that lack Action.Execute use this instead (normally an Action.Submit).</summary>
    public CardAction? Fallback { get; init; }
}
