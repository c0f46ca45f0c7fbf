namespace CivilityBot.Protocol.Schema;

/// <summary>Wire values of <see cref="Activity.Name"/> on invoke activities.</summary>
public static class InvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
}
