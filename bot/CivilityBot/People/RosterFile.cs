namespace CivilityBot.People;

/// <summary>What a staff list file gave: the good rows, the rows left out with why, and whether the file could be read at all.</summary>
public sealed record RosterFile(IReadOnlyList<RosterFileRow> Rows, IReadOnlyList<RosterRowError> Errors)
{
    /// <summary>True when the file as a whole is unusable (no header, a required column missing, no rows): nothing may be applied.</summary>
    public bool IsUnusable => Errors.Any(error => error.Line == 0);

    public static RosterFile Unusable(string reason) => new([], [new RosterRowError(0, "", reason)]);
}
