using CivilityBot.Storage.PostgreSql;
using Microsoft.Extensions.Options;

namespace CivilityBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The database named by <c>Storage:Provider</c>. LiteDb (default): the one LiteDB file (a damaged file stops start-up
    /// with <see cref="DamagedDatabaseException"/>) and its scheduled backups. PostgreSql: one <see cref="PostgreSqlDatabase"/>
    /// on <c>Storage:ConnectionString</c> (else <c>ConnectionStrings:CivilityBot</c>), migrated at start-up; no LiteDB
    /// file is opened. Either database is opened by the first hosted service, before any other touches it. Features
    /// choose their store with <see cref="StoreServiceCollectionExtensions.AddStore{TPort, TLiteDb, TPostgreSql}"/>.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .PostConfigure(options =>
            {
                if (string.IsNullOrWhiteSpace(options.ConnectionString))
                {
                    options.ConnectionString = configuration.GetConnectionString(StorageOptions.ConnectionStringName) ?? string.Empty;
                }
            })
            .ValidateDataAnnotations()
            .Validate(
                options => options.Provider != StorageProvider.PostgreSql || !string.IsNullOrWhiteSpace(options.ConnectionString),
                "Storage:Provider is PostgreSql but no connection string is set: set Storage:ConnectionString "
                + "(environment variable Storage__ConnectionString) or ConnectionStrings:CivilityBot, e.g. "
                + "Host=localhost;Port=5432;Database=civilitybot;Username=civilitybot;Password=…")
            .Validate(options => Enum.IsDefined(options.Provider), "Storage:Provider must be LiteDb or PostgreSql")
            .ValidateOnStart();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            var root = provider.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return new BotDatabase(Path.Combine(root, options.Path));
        });
        services.AddSingleton(provider => new PostgreSqlDatabase(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString,
            provider.GetRequiredService<ILogger<PostgreSqlDatabase>>()));
        services.AddStore<IStoreVersions, SingleProcessStoreVersions, PostgreSqlStoreVersions>();
        services.AddSingleton<IStartupFilter, StoreVersionsRequestFilter>();
        services.AddSingleton<DatabaseBackupSchedule>();
        services.AddSingleton<DatabaseBackupService>();
        services.AddSingleton<IHostedService>(provider =>
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.PostgreSql
                ? ActivatorUtilities.CreateInstance<PostgreSqlStorageNotice>(provider)
                : provider.GetRequiredService<DatabaseBackupService>());
        return services;
    }
}
