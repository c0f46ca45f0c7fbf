using CivilityBot.Knowledge;

namespace CivilityBot.Checklists;

/// <summary>One sub-criterion as progress sees it.</summary>
public sealed record ProgressItem(Indicator Indicator, SubCriterion SubCriterion, bool Done, bool Late)
{
    public int Points => SubCriterion.Score;
}
