namespace CivilityBot.Knowledge;

/// <summary>
/// One scored requirement of an indicator. <see cref="Id"/> is stable across restarts ("16.1"). Where the table gives a
/// sub-criterion its own owners or evaluation methods (item 8: 8.1 to 行政审批办 with 问卷调查, 8.2 to 机关纪委),
/// <see cref="Owners"/> and <see cref="Methods"/> hold them and override the indicator's; otherwise they are null.
/// Read them through <see cref="Campaign.OwnersOf(SubCriterion)"/> and <see cref="Campaign.MethodsOf(SubCriterion)"/>.
/// </summary>
public sealed record SubCriterion(
    string Id,
    string Text,
    int? Points,
    IReadOnlyList<Owner>? Owners = null,
    IReadOnlyList<string>? Methods = null)
{
    /// <summary>Points after validation (the loader rejects sub-criteria without points).</summary>
    public int Score => Points ?? 0;
}
