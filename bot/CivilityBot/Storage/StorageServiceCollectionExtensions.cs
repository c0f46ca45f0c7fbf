using Microsoft.Extensions.Options;

namespace CivilityBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The one LiteDB database (a damaged file stops start-up with <see cref="DamagedDatabaseException"/>) and its
    /// scheduled backups. The database is opened by the first hosted service, before any other touches it.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            var root = provider.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return new BotDatabase(Path.Combine(root, options.Path));
        });
        services.AddSingleton<DatabaseBackupSchedule>();
        services.AddSingleton<DatabaseBackupService>();
        services.AddHostedService(provider => provider.GetRequiredService<DatabaseBackupService>());
        return services;
    }
}
