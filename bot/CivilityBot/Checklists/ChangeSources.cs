namespace CivilityBot.Checklists;

/// <summary>Values of <see cref="ChecklistAuditEntry.Source"/>.</summary>
public static class ChangeSources
{
    /// <summary>An Action.Execute invoke from a card.</summary>
    public const string Card = "card";

    /// <summary>The Action.Submit fallback of older clients.</summary>
    public const string Submit = "submit";
}
