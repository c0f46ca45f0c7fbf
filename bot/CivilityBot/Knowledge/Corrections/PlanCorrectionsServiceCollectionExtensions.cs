using CivilityBot.Storage;
using CivilityBot.Turns;

namespace CivilityBot.Knowledge.Corrections;

public static class PlanCorrectionsServiceCollectionExtensions
{
    /// <summary>
    /// The live plan: the campaign file is the seed, the corrections stored in the database (LiteDB collection / PostgreSQL table "plan_changes") are
    /// replayed on it, and every feature reads <see cref="IPlan"/> = <see cref="PlanState"/>. Registers the coordinators'
    /// correction commands (更换责任人 …, 撤销更正 N, 更正记录) and the preview card's buttons. Needs AddStorage and AddKnowledge;
    /// with AddRounds, the plan is the active round's.
    /// </summary>
    public static IServiceCollection AddPlanCorrections(this IServiceCollection services)
    {
        services.AddStore<IPlanStore, LiteDbPlanStore, PostgreSqlPlanStore>();
        services.AddSingleton(provider => new PlanState(
            provider.GetRequiredService<Campaign>(), provider.GetRequiredService<IPlanStore>(), provider.GetRequiredService<TimeProvider>(),
            provider.GetService<Rounds.IRoundStore>(), provider.GetRequiredService<IStoreVersions>()));
        services.AddSingleton<IPlan>(provider => provider.GetRequiredService<PlanState>());
        services.AddSingleton<PlanCardComposer>();
        services.AddCardActions<PlanCardActions>();
        services.AddMessageCommand<PlanCorrectionCommand>(CommandOrder.PlanCorrection);
        services.AddMessageCommand<PlanRevertCommand>(CommandOrder.PlanRevert);
        services.AddMessageCommand<PlanHistoryCommand>(CommandOrder.PlanHistory);
        return services;
    }
}
