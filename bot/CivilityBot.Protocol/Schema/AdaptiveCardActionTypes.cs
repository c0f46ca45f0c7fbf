namespace CivilityBot.Protocol.Schema;

/// <summary>Card action types the protocol layer inspects.</summary>
public static class AdaptiveCardActionTypes
{
    public const string Execute = "Action.Execute";
}
