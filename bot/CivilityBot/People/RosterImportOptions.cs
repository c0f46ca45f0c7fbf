using System.ComponentModel.DataAnnotations;

namespace CivilityBot.People;

/// <summary>Settings bound to section <c>RosterImport</c>: how big a staff list file may be.</summary>
public sealed class RosterImportOptions
{
    public const string Section = "RosterImport";

    /// <summary>Largest staff list file taken, in bytes (default 5 MB: tens of thousands of rows).</summary>
    [Range(1024, 50L * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 5L * 1024 * 1024;

    /// <summary>Most data rows read; a longer file is refused as a whole.</summary>
    [Range(1, 100_000)]
    public int MaxRows { get; set; } = 5000;
}
