using CivilityBot.Protocol;
using CivilityBot.Storage;
using CivilityBot.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CivilityBot.Uploads;

public static class UploadsServiceCollectionExtensions
{
    /// <summary>
    /// The one way files come in, for every <see cref="IUploadPurpose"/> registered in DI: signed upload links and the
    /// upload page (needs AddStorage, AddKnowledge, AddPeople, AddDownloads for the public address, AddOutreach to post
    /// receipt cards), and files sent in personal chat (the chat command and two HttpClients, one with the bot's token
    /// for inline images; needs AddBotProtocol).
    /// </summary>
    public static IServiceCollection AddUploads(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UploadOptions>()
            .Bind(configuration.GetSection(UploadOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddStore<IUploadLinkStore, LiteDbUploadLinkStore, PostgreSqlUploadLinkStore>();
        services.AddSingleton<UploadLinks>();
        services.AddSingleton<UploadPurposes>();
        services.AddSingleton<UploadReceipts>();
        services.AddSingleton<UploadEndpoint>();
        services.AddStore<IPendingUploadStore, LiteDbPendingUploadStore, PostgreSqlPendingUploadStore>();
        services.AddSingleton<PendingUploads>();
        services.AddSingleton<UploadInvitations>();
        services.AddSingleton<ChatFileDownloader>();
        services.AddHttpClient(ChatFileDownloader.PlainClient);
        services.AddHttpClient(ChatFileDownloader.BotTokenClient).AddBotConnectorToken();
        services.AddMessageCommand<ChatFileCommand>(CommandOrder.ChatFile);
        return services;
    }
}
