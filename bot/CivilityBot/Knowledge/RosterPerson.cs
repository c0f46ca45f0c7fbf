namespace CivilityBot.Knowledge;

/// <summary>
/// Everyone the plan names. <see cref="Departments"/> are those the table prints plainly beside the person;
/// <see cref="InferredDepartments"/> those read from a cell's position only (shown marked, never used to reach a
/// department's people). <see cref="Note"/> explains anything doubtful about the person (a name printed once).
/// <see cref="Upn"/> and <see cref="AadObjectId"/> are optional identity hints.
/// </summary>
public sealed record RosterPerson(
    string Name,
    IReadOnlyList<string>? Departments,
    IReadOnlyList<string>? Roles,
    string? Upn = null,
    string? AadObjectId = null,
    IReadOnlyList<string>? InferredDepartments = null,
    string? Note = null)
{
    public IReadOnlyList<string> Departments { get; init; } = Departments ?? [];

    public IReadOnlyList<string> Roles { get; init; } = Roles ?? [];

    public IReadOnlyList<string> InferredDepartments { get; init; } = InferredDepartments ?? [];
}
