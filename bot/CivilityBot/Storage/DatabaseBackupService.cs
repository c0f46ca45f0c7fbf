namespace CivilityBot.Storage;

/// <summary>
/// Backs up the database every <see cref="StorageOptions.BackupInterval"/> while the bot runs (off when zero), and
/// deletes backups beyond <see cref="StorageOptions.BackupsKept"/>. A failed backup is logged and tried again next time.
/// </summary>
public sealed class DatabaseBackupService(
    BotDatabase database, DatabaseBackupSchedule schedule, TimeProvider time, ILogger<DatabaseBackupService> logger) : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var logPath = DatabaseFiles.LogPathOf(database.FullPath);
        StorageLog.Opened(logger, database.FullPath, logPath, schedule.Interval, schedule.Directory);
        return base.StartAsync(cancellationToken);
    }

    /// <summary>Writes one backup now and prunes old ones; returns the backup's path, or null when it failed.</summary>
    public string? BackUpNow()
    {
        var target = schedule.PathFor(time.GetUtcNow());
        try
        {
            database.BackupTo(target);
            var bytes = new FileInfo(target).Length;
            StorageLog.BackedUp(logger, target, bytes);
            Prune();
            return target;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DamagedDatabaseException or LiteDB.LiteException)
        {
            StorageLog.BackupFailed(logger, ex, target);
            return null;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (schedule.Interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(schedule.Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            // LiteDB transactions belong to a thread, so the backup runs start to end on one pool thread.
            await Task.Run(BackUpNow, stoppingToken);
        }
    }

    private void Prune()
    {
        foreach (var old in schedule.Surplus())
        {
            File.Delete(old);
            StorageLog.OldBackupDeleted(logger, old);
        }
    }
}
