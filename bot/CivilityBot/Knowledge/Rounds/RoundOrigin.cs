namespace CivilityBot.Knowledge.Rounds;

/// <summary>How a campaign round began.</summary>
public enum RoundOrigin
{
    /// <summary>The campaign file the service started with (the first round; nothing stored for it until the next starts).</summary>
    Seed,

    /// <summary>A copy of the previous round's plan with new phase dates (开始新一轮).</summary>
    Copy,

    /// <summary>A task breakdown table (任务分解表) imported from an .xlsx.</summary>
    Import,
}
