namespace CivilityBot.Storage;

/// <summary>
/// The database file exists but is not a valid LiteDB database. Thrown before anything is written, so the file and its
/// log file are left exactly as they were; the message names both files and what to do.
/// </summary>
public sealed class DamagedDatabaseException : Exception
{
    public DamagedDatabaseException()
        : base("The database file is damaged.")
    {
    }

    public DamagedDatabaseException(string message)
        : base(message)
    {
    }

    public DamagedDatabaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A refusal of <paramref name="databasePath"/> (full path) for <paramref name="reason"/>.</summary>
    public DamagedDatabaseException(string databasePath, string reason, Exception? innerException)
        : base(Describe(databasePath, reason), innerException)
    {
        DatabasePath = databasePath;
        Reason = reason;
    }

    /// <summary>Full path of the refused database file.</summary>
    public string? DatabasePath { get; }

    /// <summary>What is wrong with it, in a few words.</summary>
    public string? Reason { get; }

    private static string Describe(string databasePath, string reason)
    {
        var log = DatabaseFiles.LogPathOf(databasePath);
        return $"The database file {databasePath} is not a valid LiteDB database: {reason}. The bot did not start and changed "
            + "nothing on disk. To recover, stop here and either restore the latest backup (see README, \"Backup and restore\": "
            + $"move {databasePath} and {log} away, then copy the backup file to {databasePath}), or, to start with an empty "
            + $"database, move {databasePath} and {log} (if present) to another folder. Keep the damaged files for inspection.";
    }
}
