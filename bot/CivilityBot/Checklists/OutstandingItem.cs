namespace CivilityBot.Checklists;

/// <summary>One sub-criterion a person still has to finish.</summary>
public sealed record OutstandingItem(int IndicatorNumber, string IndicatorTitle, string SubCriterionId, string Text, int Points);
