using CivilityBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CivilityBot.Downloads;

public static class DownloadsServiceCollectionExtensions
{
    /// <summary>
    /// Expiring download links (LiteDB; needs AddStorage) and the options they use. The files come from the
    /// <see cref="IDownloadSource"/> each feature registers.
    /// </summary>
    public static IServiceCollection AddDownloads(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DownloadOptions>()
            .Bind(configuration.GetSection(DownloadOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _), "Downloads:PublicBaseUrl must be an absolute URL")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddStore<IDownloadLinkStore, LiteDbDownloadLinkStore, PostgreSqlDownloadLinkStore>();
        services.AddSingleton<DownloadLinks>();
        return services;
    }
}
