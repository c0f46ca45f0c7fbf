namespace CivilityBot.Knowledge;

/// <summary>Everyone the plan names. <see cref="Upn"/> and <see cref="AadObjectId"/> are optional identity hints.</summary>
public sealed record RosterPerson(
    string Name,
    IReadOnlyList<string>? Departments,
    IReadOnlyList<string>? Roles,
    string? Upn = null,
    string? AadObjectId = null)
{
    public IReadOnlyList<string> Departments { get; init; } = Departments ?? [];

    public IReadOnlyList<string> Roles { get; init; } = Roles ?? [];
}
