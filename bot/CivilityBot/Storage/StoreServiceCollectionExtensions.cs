using CivilityBot.Storage.PostgreSql;
using Microsoft.Extensions.Options;

namespace CivilityBot.Storage;

public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the port <typeparamref name="TPort"/> as a singleton made by <typeparamref name="TLiteDb"/> or
    /// <typeparamref name="TPostgreSql"/>, whichever <c>Storage:Provider</c> names, so a feature registers its own stores
    /// without knowing how storage is configured. Each implementation takes its database (<see cref="BotDatabase"/> or
    /// <see cref="PostgreSqlDatabase"/>) from the container; the other database is never opened.
    /// </summary>
    public static IServiceCollection AddStore<TPort, TLiteDb, TPostgreSql>(this IServiceCollection services)
        where TPort : class
        where TLiteDb : class, TPort
        where TPostgreSql : class, TPort
    {
        services.AddSingleton<TPort>(provider =>
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.PostgreSql
                ? ActivatorUtilities.CreateInstance<TPostgreSql>(provider)
                : ActivatorUtilities.CreateInstance<TLiteDb>(provider));
        return services;
    }
}
