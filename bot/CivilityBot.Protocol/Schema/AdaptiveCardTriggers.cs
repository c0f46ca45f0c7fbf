namespace CivilityBot.Protocol.Schema;

/// <summary>
/// <c>value.trigger</c> of an <c>adaptiveCard/action</c> invoke (Universal Actions, msteams-docs
/// "work-with-universal-actions-for-adaptive-cards"): <c>manual</c> when the user pressed a button or chose Refresh,
/// <c>automatic</c> when Teams itself fetched the card's <c>refresh</c> for a listed user.
/// </summary>
public static class AdaptiveCardTriggers
{
    public const string Manual = "manual";

    public const string Automatic = "automatic";
}
