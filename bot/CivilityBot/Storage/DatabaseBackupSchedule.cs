using System.Globalization;
using Microsoft.Extensions.Options;

namespace CivilityBot.Storage;

/// <summary>
/// Where and how often the running bot backs up its database: <c>&lt;name&gt;-&lt;UTC yyyyMMddTHHmmssZ&gt;.db</c> files in
/// <see cref="Directory"/>, the newest <see cref="StorageOptions.BackupsKept"/> kept.
/// </summary>
public sealed class DatabaseBackupSchedule
{
    private readonly StorageOptions options;

    public DatabaseBackupSchedule(IOptions<StorageOptions> options, BotDatabase database, IHostEnvironment environment)
    {
        this.options = options.Value;
        var databaseDirectory = Path.GetDirectoryName(database.FullPath)!;
        Directory = string.IsNullOrWhiteSpace(this.options.BackupDirectory)
            ? Path.Combine(databaseDirectory, "backups")
            : Path.GetFullPath(Path.Combine(environment.ContentRootPath, this.options.BackupDirectory));
        FilePrefix = Path.GetFileNameWithoutExtension(database.FullPath) + "-";
        Extension = Path.GetExtension(database.FullPath);
    }

    /// <summary>Absolute folder of the scheduled backups.</summary>
    public string Directory { get; }

    public TimeSpan Interval => options.BackupInterval;

    private string FilePrefix { get; }

    private string Extension { get; }

    /// <summary>The backup file for an instant, e.g. <c>civilitybot-20260302T080000Z.db</c>.</summary>
    public string PathFor(DateTimeOffset at) =>
        Path.Combine(Directory, FilePrefix + at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + Extension);

    /// <summary>Backups beyond the newest <see cref="StorageOptions.BackupsKept"/>, oldest first.</summary>
    public IReadOnlyList<string> Surplus()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        var backups = System.IO.Directory.GetFiles(Directory, FilePrefix + "*" + Extension)
            .Order(StringComparer.Ordinal)
            .ToList();
        return backups.Take(Math.Max(0, backups.Count - options.BackupsKept)).ToList();
    }
}
