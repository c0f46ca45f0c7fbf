namespace CivilityBot.Storage;

internal static partial class StorageLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Backed up the database to {BackupPath} ({Bytes} bytes)")]
    public static partial void BackedUp(ILogger logger, string backupPath, long bytes);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Error, Message = "Could not back up the database to {BackupPath}; will try again at the next interval")]
    public static partial void BackupFailed(ILogger logger, Exception exception, string backupPath);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Deleted the old backup {BackupPath} (Storage:BackupsKept)")]
    public static partial void OldBackupDeleted(ILogger logger, string backupPath);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information,
        Message = "Database {DatabasePath} (log file {LogPath}); backups every {Interval} into {BackupDirectory}")]
    public static partial void Opened(ILogger logger, string databasePath, string logPath, TimeSpan interval, string backupDirectory);
}
