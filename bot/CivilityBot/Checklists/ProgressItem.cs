using CivilityBot.Knowledge;

namespace CivilityBot.Checklists;

/// <summary>One sub-criterion as progress sees it.</summary>
public sealed record ProgressItem(Indicator Indicator, SubCriterion SubCriterion, bool Done, bool Late)
{
    /// <summary>Who owns this sub-criterion (<see cref="Campaign.OwnersOf(SubCriterion)"/>).</summary>
    public IReadOnlyList<Owner> Owners { get; init; } = [];

    public int Points => SubCriterion.Score;
}
