using CivilityBot.Protocol;

namespace CivilityBot.Conversations;

public static class ConversationsServiceCollectionExtensions
{
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IConversationReferenceStore, LiteDbConversationReferenceStore>();
        services.AddSingleton<ConversationReferenceRecorder>();
        services.AddSingleton<WelcomeGate>();
        services.AddSingleton<CardActionRouter>();
        services.AddSingleton<MessageRouter>();
        services.AddSingleton<IActivityHandler, BotActivityHandler>();
        services.AddHostedService<ServiceUrlTrustSeeder>();
        return services;
    }
}
