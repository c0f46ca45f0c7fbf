namespace CivilityBot.Cards.People;

/// <summary>One roster line: the person, their departments, how they are linked (null: not linked) and whether they coordinate.</summary>
public sealed record PersonRow(string Name, string Departments, string? Link, bool IsCoordinator)
{
    /// <summary>What the directory or the installer last said (not found, left, moved, installed…), shown under the link state.</summary>
    public string? Directory { get; init; }
}
