namespace CivilityBot.Cards.People;

/// <summary>Card verbs of the staff list import preview (data: <see cref="Draft"/>).</summary>
public static class RosterImportVerbs
{
    public const string Confirm = "roster.import.confirm";

    public const string Cancel = "roster.import.cancel";

    /// <summary>The data field holding the preview's id.</summary>
    public const string Draft = "draft";
}
