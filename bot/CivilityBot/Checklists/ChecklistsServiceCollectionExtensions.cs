using CivilityBot.Conversations;
using CivilityBot.Downloads;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CivilityBot.Checklists;

public static class ChecklistsServiceCollectionExtensions
{
    /// <summary>
    /// Checklists: LiteDB state and audit, the card actions, progress, ledger export and sending checklists.
    /// Needs AddPeople (identity and roles) and AddDownloads (ledger links); sending uses the
    /// <see cref="IProactiveMessenger"/> that AddReminders registers, whichever order the two are added in.
    /// </summary>
    public static IServiceCollection AddChecklists(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ChecklistOptions>()
            .Bind(configuration.GetSection(ChecklistOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IChecklistStore, LiteDbChecklistStore>();
        services.AddSingleton<IChecklistSendStore, LiteDbChecklistSendStore>();
        services.AddSingleton<ChecklistPages>();
        services.AddSingleton<ChecklistCardComposer>();
        services.AddSingleton<ChecklistEditor>();
        services.AddSingleton<ProgressCalculator>();
        services.AddSingleton<IChecklistProgress>(provider => provider.GetRequiredService<ProgressCalculator>());
        services.AddSingleton<LedgerExporter>();
        services.AddSingleton<IDownloadSource, LedgerDownloadSource>();
        services.AddSingleton<ChecklistSendQueue>();
        services.TryAddSingleton<IProactiveMessenger, UnavailableProactiveMessenger>();
        services.AddHostedService<ChecklistSendDispatcher>();
        services.AddSingleton<ICardActionHandler, ChecklistCardActions>();
        services.AddSingleton<ICardActionHandler, ChecklistSendActions>();
        services.AddSingleton<IMessageCommand, MyChecklistCommand>();
        services.AddSingleton<IMessageCommand, ProgressCommand>();
        services.AddSingleton<IMessageCommand, LedgerCommand>();
        services.AddSingleton<IMessageCommand, SendChecklistsCommand>();
        services.AddSingleton<IMessageCommand, ViewChecklistCommand>();
        return services;
    }
}
