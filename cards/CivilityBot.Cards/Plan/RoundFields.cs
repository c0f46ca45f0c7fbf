namespace CivilityBot.Cards.Plan;

/// <summary>Data keys on campaign round cards.</summary>
public static class RoundFields
{
    /// <summary>The number of a stored preview of a new round.</summary>
    public const string Draft = "draft";

    /// <summary>The plan version the preview was made on; a preview of an older plan is refused.</summary>
    public const string Version = "version";

    /// <summary>A round's number (1 = the campaign file).</summary>
    public const string Round = "round";
}
