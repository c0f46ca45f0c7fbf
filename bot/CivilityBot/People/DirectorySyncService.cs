using Microsoft.Extensions.Options;

namespace CivilityBot.People;

/// <summary>
/// Runs <see cref="RosterUpnResolver"/> at start-up and then every <see cref="GraphOptions.SyncInterval"/> (time from
/// <see cref="TimeProvider"/>), so links and the directory outcomes coordinators see stay current. A failed pass is
/// logged and the next one runs on schedule.
/// </summary>
public sealed partial class DirectorySyncService(
    RosterUpnResolver resolver, IOptions<GraphOptions> options, TimeProvider time, ILogger<DirectorySyncService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SyncInterval, time);
        do
        {
            try
            {
                var linked = await resolver.ResolveAsync(stoppingToken);
                LogSynced(logger, linked);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogSyncFailed(logger, exception);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(EventId = 4113, Level = LogLevel.Information, Message = "Directory sync done; {Linked} people newly linked")]
    private static partial void LogSynced(ILogger logger, int linked);

    [LoggerMessage(EventId = 4114, Level = LogLevel.Error, Message = "Directory sync failed")]
    private static partial void LogSyncFailed(ILogger logger, Exception exception);
}
