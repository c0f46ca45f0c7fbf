using System.ComponentModel.DataAnnotations;

namespace CivilityBot.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The connection string read when <see cref="ConnectionString"/> is empty: <c>ConnectionStrings:CivilityBot</c>.</summary>
    public const string ConnectionStringName = "CivilityBot";

    /// <summary><see cref="StorageProvider.LiteDb"/> (default, one process) or <see cref="StorageProvider.PostgreSql"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.LiteDb;

    /// <summary>
    /// Npgsql connection string of the PostgreSQL database (e.g. <c>Host=db;Database=civilitybot;Username=bot;Password=…</c>),
    /// required when <see cref="Provider"/> is PostgreSql; falls back to <c>ConnectionStrings:CivilityBot</c>.
    /// </summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>The LiteDB file; relative paths resolve against the content root. Created on first run.</summary>
    [Required]
    public string Path { get; set; } = "App_Data/civilitybot.db";

    /// <summary>How often the running bot writes a backup copy; <see cref="TimeSpan.Zero"/> turns scheduled backups off.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan BackupInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Folder of the scheduled backups; empty means <c>backups</c> beside the database file. Relative to the content root.</summary>
    public string BackupDirectory { get; set; } = string.Empty;

    /// <summary>Newest scheduled backups kept; older ones are deleted after each new backup.</summary>
    [Range(1, 1000)]
    public int BackupsKept { get; set; } = 14;

    /// <summary>
    /// With PostgreSql: the least number of thread-pool worker threads (default 64). The storage ports are synchronous,
    /// so every database call holds a pool thread while it waits for the server; without a floor the pool grows by about
    /// one thread per 0.5 s under load and saves queue for seconds (measured: 16 concurrent savers on one instance, p99
    /// 5.0 s without the floor, 0.14 s with 64). 0 leaves the runtime's default.
    /// </summary>
    [Range(0, 1024)]
    public int PostgreSqlMinThreads { get; set; } = 64;
}
