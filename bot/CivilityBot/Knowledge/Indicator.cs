namespace CivilityBot.Knowledge;

/// <summary>One numbered indicator (测评指标) with its sub-criteria, evaluation methods and owners.</summary>
public sealed record Indicator(
    int Number,
    string Title,
    string? TitleEn,
    int Category,
    IReadOnlyList<SubCriterion> SubCriteria,
    IReadOnlyList<string> Methods,
    IReadOnlyList<Owner> Owners)
{
    public int Points => SubCriteria.Sum(sub => sub.Score);

    public bool IsOwnedBy(string personName) => Owners.Any(owner => owner.Person == personName);
}
