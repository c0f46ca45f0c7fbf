namespace CivilityBot.Knowledge;

/// <summary>领导小组办公室: its director, the deputy who runs daily scheduling, and its members.</summary>
public sealed record Office(
    string? Location,
    string Director,
    IReadOnlyList<string>? DeputyDirectors,
    string? DeputyDirectorDuty,
    IReadOnlyList<string>? Members,
    string? Duties = null)
{
    public IReadOnlyList<string> DeputyDirectors { get; init; } = DeputyDirectors ?? [];

    public IReadOnlyList<string> Members { get; init; } = Members ?? [];
}
