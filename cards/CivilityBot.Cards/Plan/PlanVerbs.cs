namespace CivilityBot.Cards.Plan;

/// <summary>Card verbs of plan corrections (Action.Execute verbs; the Action.Submit fallbacks carry them as "verb").</summary>
public static class PlanVerbs
{
    /// <summary>Applies the previewed correction (data: kind, target, value, version).</summary>
    public const string Confirm = "plan.correction.confirm";

    /// <summary>Drops the preview; nothing changes.</summary>
    public const string Cancel = "plan.correction.cancel";

    /// <summary>Reverts an applied correction (data: change).</summary>
    public const string Revert = "plan.correction.revert";
}
