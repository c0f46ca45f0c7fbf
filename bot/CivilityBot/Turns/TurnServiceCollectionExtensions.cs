namespace CivilityBot.Turns;

public static class TurnServiceCollectionExtensions
{
    /// <summary>Registers a feature's chat command (a singleton) in its slot of the command table.</summary>
    public static IServiceCollection AddMessageCommand<T>(this IServiceCollection services, CommandOrder order)
        where T : class, IMessageCommand
    {
        services.AddSingleton<T>();
        services.AddSingleton(new MessageCommandRegistration(order, typeof(T)));
        return services;
    }

    /// <summary>Registers a feature's card-action handler (its verbs must not collide with another feature's).</summary>
    public static IServiceCollection AddCardActions<T>(this IServiceCollection services)
        where T : class, ICardActionHandler
    {
        services.AddSingleton<ICardActionHandler, T>();
        return services;
    }
}
