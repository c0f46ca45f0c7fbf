namespace CivilityBot.Knowledge;

/// <summary>One of the working groups (工作组) under the leading group.</summary>
public sealed record WorkingGroup(
    int Number,
    string Name,
    string? NameEn,
    IReadOnlyList<string> Leads,
    IReadOnlyList<string>? Members,
    IReadOnlyList<string>? MemberUnits,
    string Tasks,
    string? MemberUnitsNote = null)
{
    public IReadOnlyList<string> Members { get; init; } = Members ?? [];

    public IReadOnlyList<string> MemberUnits { get; init; } = MemberUnits ?? [];
}
