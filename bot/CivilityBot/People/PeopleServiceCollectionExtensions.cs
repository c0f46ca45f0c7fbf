using CivilityBot.Conversations;

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
        services.AddSingleton<LinkTargetReader>();
        services.AddSingleton<IMessageCommand, FirstContactLinker>();
        services.AddSingleton<IMessageCommand, RosterCommand>();
        services.AddSingleton<IMessageCommand, LinkCommand>();
        services.AddSingleton<IMessageCommand, CoordinatorRoleCommand>();
        return services;
    }
}
