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
    /// With PostgreSql: the least number of thread-pool worker threads; 0 (the default) leaves the runtime's default.
    /// The storage ports are synchronous, so every database call holds a pool thread while it waits for the server. Since
    /// a checklist save became one round trip the pool keeps up by itself, and a floor only costs CPU (measured on one
    /// instance, 16 savers, 2 cores: 0.7–0.8 ms bot CPU per save without a floor, 1.5–2.2 ms with 16 threads); raise it
    /// only for a database far enough away that calls wait tens of milliseconds.
    /// </summary>
    public int PostgreSqlMinThreads { get; set; }
}
