using CivilityBot.Storage;
using CivilityBot.Turns;

namespace CivilityBot.Reminders;

public static class RemindersServiceCollectionExtensions
{
    /// <summary>
    /// Reminders: compose, preview and confirm; schedules; the personalised message factory; the chat commands and card
    /// buttons. Sending goes through the outbox (AddOutreach).
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RemindersOptions>().Bind(configuration.GetSection(RemindersOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddStore<IReminderScheduleStore, LiteDbReminderScheduleStore, PostgreSqlReminderScheduleStore>();
        services.AddStore<IReminderDraftStore, LiteDbReminderDraftStore, PostgreSqlReminderDraftStore>();
        services.AddSingleton<ReminderAudienceResolver>();
        services.AddSingleton<ReminderComposer>();
        services.AddSingleton<ReminderComposeForm>();
        services.AddSingleton<ReminderPlanner>();
        services.AddSingleton<ReminderScheduleBook>();
        services.AddSingleton<ReminderScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<ReminderScheduler>());
        services.AddMessageCommand<ReminderHistoryCommand>(CommandOrder.ReminderHistory);
        services.AddMessageCommand<CancelReminderCommand>(CommandOrder.CancelReminder);
        services.AddMessageCommand<ReminderScheduleCommand>(CommandOrder.ReminderSchedule);
        services.AddMessageCommand<ComposeReminderCommand>(CommandOrder.ComposeReminder);
        services.AddCardActions<ReminderCardActions>();
        return services;
    }
}
