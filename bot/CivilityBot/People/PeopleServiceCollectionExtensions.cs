using CivilityBot.Protocol;
using CivilityBot.Storage;
using CivilityBot.Turns;
using CivilityBot.Uploads;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace CivilityBot.People;

public static class PeopleServiceCollectionExtensions
{
    /// <summary>The roster identity links and coordinator roles (LiteDB), the people chat commands and the staff list import.</summary>
    public static IServiceCollection AddPeople(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PeopleOptions>()
            .Bind(configuration.GetSection(PeopleOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddStore<IPeopleStore, LiteDbPeopleStore, PostgreSqlPeopleStore>();
        services.AddSingleton<CoordinatorRoles>();
        services.AddSingleton<PeopleDirectory>();
        services.AddSingleton<IPeopleDirectory>(provider => provider.GetRequiredService<PeopleDirectory>());
        services.AddMessageCommand<RosterCommand>(CommandOrder.Roster);
        services.AddMessageCommand<LinkCommand>(CommandOrder.Link);
        services.AddMessageCommand<CoordinatorRoleCommand>(CommandOrder.CoordinatorRole);
        services.AddStore<IDirectoryRecordStore, LiteDbDirectoryRecordStore, PostgreSqlDirectoryRecordStore>();
        services.AddRosterImport(configuration);
        return configuration.GetValue<bool>($"{GraphOptions.Section}:{nameof(GraphOptions.Enabled)}")
            ? services.AddGraph(configuration)
            : services.AddSingleton<IAppInstaller>(new UnavailableAppInstaller(DirectoryTexts.GraphHint));
    }

    /// <summary>
    /// The staff list import (导入名单, the "roster" upload purpose, its preview buttons and store); needs AddUploads.
    /// </summary>
    private static IServiceCollection AddRosterImport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RosterImportOptions>()
            .Bind(configuration.GetSection(RosterImportOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddStore<IRosterStore, LiteDbRosterStore, PostgreSqlRosterStore>();
        services.AddSingleton<IUploadPurpose, RosterImportPurpose>();
        services.AddMessageCommand<RosterImportCommand>(CommandOrder.RosterImport);
        services.AddCardActions<RosterImportActions>();
        return services;
    }

    /// <summary>
    /// Graph on: one app-only <see cref="GraphServiceClient"/> (credentials default to the bot's own app registration),
    /// the periodic directory sync and, with a catalog id outside 21Vianet, the installer.
    /// </summary>
    private static IServiceCollection AddGraph(this IServiceCollection services, IConfiguration configuration)
    {
        var bot = configuration.GetSection("Bot");
        services.AddOptions<GraphOptions>()
            .Bind(configuration.GetSection(GraphOptions.Section))
            .PostConfigure(options =>
            {
                options.TenantId = Fallback(options.TenantId, bot["MicrosoftAppTenantId"]);
                options.ClientId = Fallback(options.ClientId, bot["MicrosoftAppId"]);
                options.ClientSecret = Fallback(options.ClientSecret, bot["MicrosoftAppPassword"]);
            })
            .ValidateDataAnnotations()
            .Validate(
                options => !string.IsNullOrWhiteSpace(options.TenantId) && !string.IsNullOrWhiteSpace(options.ClientId)
                    && (!string.IsNullOrWhiteSpace(options.ClientSecret) || !string.IsNullOrWhiteSpace(options.CertificatePath)),
                "Graph:Enabled needs a tenant id, client id and a client secret or certificate (Graph or Bot section).")
            .ValidateOnStart();
        services.TryAddSingleton(provider => GraphClients.Create(
            provider.GetRequiredService<IOptions<GraphOptions>>().Value, provider.GetRequiredService<IOptions<BotOptions>>().Value.ResolveEndpoints()));
        services.AddSingleton<IUserDirectory, GraphUserDirectory>();
        services.AddSingleton<RosterUpnResolver>();
        services.AddHostedService<DirectorySyncService>();
        services.AddSingleton<IAppInstaller>(provider => Installer(provider));
        return services;
    }

    private static IAppInstaller Installer(IServiceProvider provider)
    {
        var graph = provider.GetRequiredService<IOptions<GraphOptions>>().Value;
        if (provider.GetRequiredService<IOptions<BotOptions>>().Value.Cloud == BotCloud.China)
        {
            return new UnavailableAppInstaller(UnavailableAppInstaller.ChinaCloud);
        }

        return graph.CanInstall
            ? ActivatorUtilities.CreateInstance<GraphAppInstaller>(provider)
            : new UnavailableAppInstaller(UnavailableAppInstaller.NoCatalogId);
    }

    private static string Fallback(string value, string? fallback) => string.IsNullOrWhiteSpace(value) ? fallback ?? string.Empty : value;
}
