using CivilityBot.Downloads;
using CivilityBot.Knowledge.Rounds;
using CivilityBot.Storage;
using CivilityBot.Turns;

namespace CivilityBot.Checklists;

public static class ChecklistsServiceCollectionExtensions
{
    /// <summary>
    /// Checklists: state and audit (per campaign round: the active round's is <see cref="IChecklistStore"/>), the card actions, progress, ledger export, and sending checklists (through the
    /// outbox, AddOutreach).
    /// </summary>
    public static IServiceCollection AddChecklists(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ChecklistOptions>()
            .Bind(configuration.GetSection(ChecklistOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddStore<IRoundChecklistStores, LiteDbRoundChecklistStores, PostgreSqlRoundChecklistStores>();
        services.AddSingleton<IChecklistStore, ActiveRoundChecklistStore>();
        services.AddSingleton<ChecklistPages>();
        services.AddSingleton<ChecklistCardComposer>();
        services.AddSingleton<ChecklistEditor>();
        services.AddSingleton<ProgressCalculator>();
        services.AddSingleton<IChecklistProgress>(provider => provider.GetRequiredService<ProgressCalculator>());
        services.AddSingleton<LedgerExporter>();
        services.AddSingleton<IDownloadSource, LedgerDownloadSource>();
        services.AddSingleton<IRoundRecords, ChecklistRoundRecords>();
        services.AddSingleton<IDownloadSource, RoundLedgerDownloadSource>();
        services.AddCardActions<ChecklistCardActions>();
        services.AddCardActions<ChecklistSendActions>();
        services.AddSingleton<ProgressViewers>();
        services.AddCardActions<ProgressCardActions>();
        services.AddMessageCommand<MyChecklistCommand>(CommandOrder.MyChecklist);
        services.AddMessageCommand<ProgressCommand>(CommandOrder.Progress);
        services.AddMessageCommand<LedgerCommand>(CommandOrder.Ledger);
        services.AddMessageCommand<SendChecklistsCommand>(CommandOrder.SendChecklists);
        services.AddMessageCommand<ViewChecklistCommand>(CommandOrder.ViewChecklist);
        return services;
    }
}
