namespace CivilityBot.People;

/// <summary>
/// A previewed staff list import, stored until a coordinator confirms or cancels it. <see cref="Entries"/> is the whole
/// list as it will be after applying; <see cref="Added"/>, <see cref="Changed"/> and <see cref="Removed"/> say how it
/// differs from the list of <see cref="BaseVersion"/> (one Chinese line each), <see cref="Errors"/> the rows left out.
/// Applying is refused when the stored list has moved past <see cref="BaseVersion"/> since the preview.
/// </summary>
public sealed record RosterImportDraft
{
    /// <summary>Random id carried by the preview's buttons.</summary>
    public required string Id { get; init; }

    public required string FileName { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>How many imports had been applied when this preview was made.</summary>
    public int BaseVersion { get; init; }

    public List<RosterEntry> Entries { get; init; } = [];

    public List<string> Added { get; init; } = [];

    public List<string> Changed { get; init; } = [];

    public List<string> Removed { get; init; } = [];

    public List<string> Errors { get; init; } = [];

    /// <summary>True when the file as a whole could not be used: the preview shows why and offers no confirmation.</summary>
    public bool IsUnusable { get; init; }

    public RosterImportState State { get; init; }

    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>True when applying would change something.</summary>
    public bool HasChanges => !IsUnusable && Added.Count + Changed.Count + Removed.Count > 0;
}
