using CivilityBot.Protocol;
using CivilityBot.Turns;
using Microsoft.Extensions.Options;

namespace CivilityBot.People;

public static class PeopleServiceCollectionExtensions
{
    /// <summary>The roster identity links and coordinator roles (LiteDB), and the people chat commands.</summary>
    public static IServiceCollection AddPeople(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PeopleOptions>()
            .Bind(configuration.GetSection(PeopleOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IPeopleStore, LiteDbPeopleStore>();
        services.AddSingleton<CoordinatorRoles>();
        services.AddSingleton<PeopleDirectory>();
        services.AddSingleton<IPeopleDirectory>(provider => provider.GetRequiredService<PeopleDirectory>());
        services.AddMessageCommand<RosterCommand>(CommandOrder.Roster);
        services.AddMessageCommand<LinkCommand>(CommandOrder.Link);
        services.AddMessageCommand<CoordinatorRoleCommand>(CommandOrder.CoordinatorRole);
        return configuration.GetValue<bool>($"{GraphOptions.Section}:{nameof(GraphOptions.Enabled)}")
            ? services.AddRosterUpnResolver(configuration)
            : services;
    }

    /// <summary>Graph credentials default to the bot's own app registration.</summary>
    private static IServiceCollection AddRosterUpnResolver(this IServiceCollection services, IConfiguration configuration)
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
            .Validate(
                options => !string.IsNullOrWhiteSpace(options.TenantId) && !string.IsNullOrWhiteSpace(options.ClientId)
                    && !string.IsNullOrWhiteSpace(options.ClientSecret),
                "Graph:Enabled needs a tenant id, client id and client secret (Graph or Bot section).")
            .ValidateOnStart();
        services.AddSingleton<IUserDirectory>(provider => GraphUserDirectory.Create(
            provider.GetRequiredService<IOptions<GraphOptions>>().Value, provider.GetRequiredService<IOptions<BotOptions>>().Value.ResolveEndpoints()));
        services.AddHostedService<RosterUpnResolver>();
        return services;
    }

    private static string Fallback(string value, string? fallback) => string.IsNullOrWhiteSpace(value) ? fallback ?? string.Empty : value;
}
