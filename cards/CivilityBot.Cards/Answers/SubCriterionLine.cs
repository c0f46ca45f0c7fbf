namespace CivilityBot.Cards.Answers;

/// <summary>
/// One sub-criterion as shown: its id ("16.1"), its text and its points, already worded ("2分"). <see cref="Detail"/> is
/// small print under the text, e.g. the sub-criterion's own owners and methods ("行政审批办 石勇 · 材料审核、问卷调查").
/// </summary>
public sealed record SubCriterionLine(string Id, string Text, string Points, string? Detail = null);
