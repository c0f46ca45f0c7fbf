using Microsoft.Extensions.Options;

namespace CivilityBot.Storage.PostgreSql;

/// <summary>
/// The first hosted service when <c>Storage:Provider</c> is PostgreSql: opens the database (which migrates its schema)
/// before any other service touches it, raises the thread pool's floor to <see cref="StorageOptions.PostgreSqlMinThreads"/>
/// when that is set, and says in the log where the data lives and that the LiteDB
/// backups are off (back up PostgreSQL with its own tools, e.g. <c>pg_dump</c>).
/// </summary>
public sealed partial class PostgreSqlStorageNotice(
    PostgreSqlDatabase database, IOptions<StorageOptions> options, ILogger<PostgreSqlStorageNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        if (options.Value.PostgreSqlMinThreads > workers)
        {
            ThreadPool.SetMinThreads(options.Value.PostgreSqlMinThreads, completionPorts);
        }

        LogOpened(logger, database.Describe);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 7102, Level = LogLevel.Information,
        Message = "Storage is PostgreSQL at {Database}; no LiteDB file is opened and the bot's own scheduled backups are off (back up with pg_dump)")]
    private static partial void LogOpened(ILogger logger, string database);
}
