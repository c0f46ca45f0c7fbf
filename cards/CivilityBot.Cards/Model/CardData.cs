namespace CivilityBot.Cards.Model;

/// <summary>Data keys and values every card family shares, so Action.Submit fallbacks route like Action.Execute invokes.</summary>
public static class CardData
{
    /// <summary>The verb of an Action.Submit fallback; the bot routes it like an Action.Execute verb.</summary>
    public const string Verb = "verb";

    /// <summary>A suggestion button submits <c>{"text": "..."}</c>, which the bot treats as a typed question.</summary>
    public const string Text = "text";

    /// <summary><c>associatedInputs</c> value for buttons that must not send (or validate) the card's inputs.</summary>
    public const string NoInputs = "none";
}
