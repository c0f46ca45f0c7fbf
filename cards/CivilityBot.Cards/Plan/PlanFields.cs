namespace CivilityBot.Cards.Plan;

/// <summary>Data keys on plan correction cards.</summary>
public static class PlanFields
{
    /// <summary>The correction's kind, as the bot's enum name.</summary>
    public const string Kind = "kind";

    /// <summary>What the correction changes: an indicator or sub-criterion id, a department, a phase, a person.</summary>
    public const string Target = "target";

    /// <summary>The new value as the coordinator wrote it (owners as "科室 姓名").</summary>
    public const string Value = "value";

    /// <summary>The plan version the preview was made on; a preview of an older plan is refused.</summary>
    public const string Version = "version";

    /// <summary>The number of an applied correction (1, 2, …).</summary>
    public const string Change = "change";
}
