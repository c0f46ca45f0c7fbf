namespace CivilityBot.Cards.Plan;

/// <summary>Card verbs of campaign rounds (Action.Execute verbs; the Action.Submit fallbacks carry them as "verb").</summary>
public static class RoundVerbs
{
    /// <summary>Starts the previewed round (data: draft, version).</summary>
    public const string Confirm = "round.start.confirm";

    /// <summary>Drops the preview; nothing changes.</summary>
    public const string Cancel = "round.start.cancel";

    /// <summary>Download links of one round's ledger (data: round).</summary>
    public const string Ledger = "round.ledger";
}
