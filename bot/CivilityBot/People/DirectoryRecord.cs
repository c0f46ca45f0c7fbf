namespace CivilityBot.People;

/// <summary>
/// What the directory and the installer last said about one roster person (<see cref="Id"/> = roster name). Written by
/// the periodic directory sync and by each proactive installation; read by the 人员 card and the send previews.
/// </summary>
public sealed record DirectoryRecord
{
    public required string Id { get; init; }

    /// <summary>The UPN or e-mail looked up, as the roster gives it.</summary>
    public string? Address { get; init; }

    public DirectoryStatus Status { get; init; }

    public string? AadObjectId { get; init; }

    /// <summary>The directory's display name and department, which may differ from the roster's.</summary>
    public string? DisplayName { get; init; }

    public string? Department { get; init; }

    /// <summary>Why the person is not (or no longer) matched, in Chinese for coordinators; null when found.</summary>
    public string? Reason { get; init; }

    /// <summary>What changed since the previous sync (name, department), in Chinese; null when nothing did.</summary>
    public string? Change { get; init; }

    public DateTimeOffset CheckedAt { get; init; }

    public InstallStatus Install { get; init; }

    /// <summary>Why the installation was refused, in Chinese; null otherwise.</summary>
    public string? InstallReason { get; init; }

    public DateTimeOffset? InstallAt { get; init; }

    /// <summary>True when the person cannot be matched to an account (and so cannot be reached by installation).</summary>
    public bool IsUnmatched => Status is DirectoryStatus.NotFound or DirectoryStatus.Ambiguous or DirectoryStatus.NoAddress;
}
