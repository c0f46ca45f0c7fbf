using CivilityBot.Turns;
using CivilityBot.Downloads;
using CivilityBot.Storage;
using Microsoft.Extensions.Options;

namespace CivilityBot.Outreach;

public static class OutreachServiceCollectionExtensions
{
    /// <summary>
    /// Proactive delivery for every feature: the messenger (stored chat, else a new 1:1 chat), the one outbox with its
    /// restartable dispatcher, the status card and delivery reports, and the status/cancel buttons. Features hand the
    /// outbox finished cards (<see cref="IOutbox.Enqueue"/>) and wake the dispatcher (<see cref="OutboxSignal.Notify"/>).
    /// Personal cards asked for in a group chat or channel go to the sender's 1:1 chat (<see cref="PersonalDelivery"/>).
    /// </summary>
    public static IServiceCollection AddOutreach(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.StatusUpdateInterval >= TimeSpan.Zero && o.ClaimLease > TimeSpan.Zero, "Outbox intervals must be positive")
            .ValidateOnStart();
        services.AddSingleton<ProactiveMessenger>();
        services.AddSingleton<IProactiveMessenger>(provider => provider.GetRequiredService<ProactiveMessenger>());
        services.AddSingleton<IPersonalDelivery, PersonalDelivery>();
        services.AddSingleton<ReachabilityNotes>();
        services.AddStore<IOutbox, LiteDbOutbox, PostgreSqlOutbox>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<BatchStatusView>();
        services.AddSingleton<BatchStatusReporter>();
        services.AddSingleton<BatchCancellation>();
        services.AddSingleton<DeliveryReportExporter>();
        services.AddSingleton<IDownloadSource, DeliveryReportDownloadSource>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxDispatcher>());
        services.AddCardActions<BatchCardActions>();
        return services;
    }
}
