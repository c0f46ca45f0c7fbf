using CivilityBot.Protocol;
using CivilityBot.Protocol.Hosting;
using CivilityBot.Storage;
using CivilityBot.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CivilityBot.Conversations;

public static class ConversationsServiceCollectionExtensions
{
    /// <summary>
    /// The turn pipeline (<see cref="TurnPipeline"/>): conversation references, text normalisation, the command table and
    /// the card-verb table. Features add their commands with <see cref="TurnServiceCollectionExtensions.AddMessageCommand{T}"/>.
    /// </summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddStore<IConversationReferenceStore, LiteDbConversationReferenceStore, PostgreSqlConversationReferenceStore>();
        services.AddStore<IActivityClaims, SingleInstanceActivityClaims, PostgreSqlActivityClaims>();
        services.AddSingleton<ConversationReferences>();
        services.AddSingleton<MessageNormalizer>();
        services.AddSingleton<WelcomeGate>();
        services.AddSingleton<TurnReplies>();
        services.AddSingleton<CardActionRouter>();
        services.AddSingleton<MessageRouter>();
        services.AddSingleton<IActivityHandler, TurnPipeline>();
        services.AddHostedService<ServiceUrlTrustSeeder>();
        return services;
    }
}
