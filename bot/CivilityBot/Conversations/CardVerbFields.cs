namespace CivilityBot.Conversations;

/// <summary>Data fields that every card action carries, so Action.Submit fallbacks can be routed like invokes.</summary>
public static class CardVerbFields
{
    public const string Verb = "verb";

    /// <summary>A suggestion button that asks a question on the user's behalf.</summary>
    public const string Text = "text";
}
