using CivilityBot.Storage;
using CivilityBot.Turns;
using CivilityBot.Uploads;

namespace CivilityBot.Knowledge.Rounds;

public static class RoundsServiceCollectionExtensions
{
    /// <summary>
    /// Campaign rounds (collections "rounds" and "round_drafts"): 开始新一轮 (copy with new dates), the task breakdown
    /// table as an upload purpose ("task-table") and 导入任务分解表, 查看轮次 / 往届台账 and 导出2023年台账, and the round
    /// cards' buttons. The plan (AddPlanCorrections) becomes the active round's; the checklists (AddChecklists) keep
    /// each round's state apart and implement <see cref="IRoundRecords"/>. Needs AddStorage, AddKnowledge, AddDownloads.
    /// </summary>
    public static IServiceCollection AddRounds(this IServiceCollection services)
    {
        services.AddStore<IRoundStore, LiteDbRoundStore, PostgreSqlRoundStore>();
        services.AddSingleton<RoundBook>();
        services.AddSingleton<RoundCardComposer>();
        services.AddSingleton<RoundLedgerLinks>();
        services.AddSingleton<IUploadPurpose, TaskTableUploadPurpose>();
        services.AddCardActions<RoundCardActions>();
        services.AddMessageCommand<StartRoundCommand>(CommandOrder.StartRound);
        services.AddMessageCommand<ImportTaskTableCommand>(CommandOrder.ImportTaskTable);
        services.AddMessageCommand<RoundListCommand>(CommandOrder.RoundList);
        services.AddMessageCommand<RoundLedgerCommand>(CommandOrder.RoundLedger);
        return services;
    }
}
