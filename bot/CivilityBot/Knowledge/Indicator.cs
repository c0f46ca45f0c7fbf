namespace CivilityBot.Knowledge;

/// <summary>
/// One numbered indicator (测评指标) with its sub-criteria, evaluation methods and owners. <see cref="Owners"/> and
/// <see cref="Methods"/> cover the whole indicator: where sub-criteria carry their own, these are the union of theirs
/// (the loader checks that), and they are the default of every sub-criterion that carries none.
/// </summary>
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

    /// <summary>True when the person owns at least one of the indicator's sub-criteria.</summary>
    public bool IsOwnedBy(string personName) => SubCriteria.Any(sub => OwnersOf(sub).Any(owner => owner.Person == personName));

    /// <summary>True when some sub-criterion carries its own owners or methods (the indicator's are then split).</summary>
    public bool IsSplit => SubCriteria.Any(sub => sub.Owners is { Count: > 0 } || sub.Methods is { Count: > 0 });

    // The override rule itself; Campaign.OwnersOf / MethodsOf are the public way in.
    internal IReadOnlyList<Owner> OwnersOf(SubCriterion sub) => sub.Owners is { Count: > 0 } own ? own : Owners;

    internal IReadOnlyList<string> MethodsOf(SubCriterion sub) => sub.Methods is { Count: > 0 } own ? own : Methods;
}
