using CivilityBot.Conversations;
using CivilityBot.Downloads;
using CivilityBot.Protocol;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CivilityBot.Reminders;

public static class RemindersServiceCollectionExtensions
{
    /// <summary>
    /// Proactive messaging (<see cref="IProactiveMessenger"/>, paced), the reminder outbox and its dispatcher, schedules,
    /// the chat commands and card buttons. Needs AddStorage, AddKnowledge, AddPeople, AddChecklists, AddDownloads and
    /// AddBotProtocol.
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RemindersOptions>().Bind(configuration.GetSection(RemindersOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.MaxConcurrentSends > 0 && o.PollInterval > TimeSpan.Zero && o.StatusUpdateInterval >= TimeSpan.Zero, "Reminders intervals must be positive")
            .Validate(o => CanResolve(o.TimeZone), "Reminders:TimeZone is not a known time zone")
            .ValidateOnStart();
        services.AddOptions<ProactiveMessengerOptions>().Bind(configuration.GetSection(ProactiveMessengerOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        AddMessenger(services);
        AddStores(services);
        AddFeature(services);
        return services;
    }

    private static void AddMessenger(IServiceCollection services)
    {
        services.AddSingleton<ProactiveConversationSpacing>();
        services.AddSingleton<ProactivePacer>();
        services.AddTransient<ProactivePacingHandler>();
        services.AddHttpClient(BotHttpClientNames.Connector).AddHttpMessageHandler<ProactivePacingHandler>();
        services.AddSingleton<LiteDbProactiveBlockList>();
        services.AddSingleton<ProactiveMessenger>();
        services.AddSingleton<IProactiveMessenger>(provider => provider.GetRequiredService<ProactiveMessenger>());
    }

    private static void AddStores(IServiceCollection services)
    {
        services.AddSingleton<IReminderOutbox, LiteDbReminderOutbox>();
        services.AddSingleton<IReminderScheduleStore, LiteDbReminderScheduleStore>();
        services.AddSingleton<IReminderDraftStore, LiteDbReminderDraftStore>();
    }

    private static void AddFeature(IServiceCollection services)
    {
        services.AddSingleton<ReminderClock>();
        services.AddSingleton<ReminderOutboxSignal>();
        services.AddSingleton<ReminderAudienceResolver>();
        services.AddSingleton<ReminderComposer>();
        services.AddSingleton<ReminderComposeForm>();
        services.AddSingleton<ReminderPlanner>();
        services.AddSingleton<BroadcastStatusView>();
        services.AddSingleton<BroadcastStatusReporter>();
        services.AddSingleton<ReminderCancellation>();
        services.AddSingleton<ReminderScheduleBook>();
        services.AddSingleton<ReminderReportExporter>();
        services.AddSingleton<IDownloadSource, ReminderReportDownloadSource>();
        services.AddSingleton<CoordinatorCheck>();
        services.AddSingleton<ReminderDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<ReminderDispatcher>());
        services.AddSingleton<ReminderScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<ReminderScheduler>());
        services.AddSingleton<IMessageCommand, ReminderHistoryCommand>();
        services.AddSingleton<IMessageCommand, CancelReminderCommand>();
        services.AddSingleton<IMessageCommand, ReminderScheduleCommand>();
        services.AddSingleton<IMessageCommand, ComposeReminderCommand>();
        services.AddSingleton<ICardActionHandler, ReminderCardActions>();
    }

    private static bool CanResolve(string zone)
    {
        try
        {
            _ = ReminderClock.Resolve(zone);
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
    }
}
