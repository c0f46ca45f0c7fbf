using CivilityBot.People;
using CivilityBot.Checklists;
using CivilityBot.Conversations;
using CivilityBot.Downloads;
using CivilityBot.Storage;
using CivilityBot.Turns;
using CivilityBot.Uploads;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CivilityBot.Evidence;

public static class EvidenceServiceCollectionExtensions
{
    /// <summary>
    /// Evidence files: the store (records in LiteDB, files beside it; needs AddStorage), the "evidence" upload purpose
    /// and 上传佐证 / 删除佐证 in chat (needs AddKnowledge, AddPeople and AddUploads), the evidence rows of checklist
    /// cards and their review buttons (needs AddChecklists). Reviews are passed to <see cref="IEvidenceReviewNotifier"/>;
    /// register the outbox's implementation before this to replace the logging stand-in.
    /// </summary>
    public static IServiceCollection AddEvidence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EvidenceOptions>()
            .Bind(configuration.GetSection(EvidenceOptions.Section))
            .PostConfigure(o => o.AllowedTypes = o.AllowedTypes.Count == 0 ? [.. EvidenceOptions.DefaultAllowedTypes] : o.AllowedTypes)
            .ValidateDataAnnotations()
            .Validate(o => o.AllowedTypes.All(type => EvidenceTypeSniffer.All.Any(known => known.Extensions.Contains(type))),
                "Evidence:AllowedTypes names an extension the bot cannot recognise from the bytes")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IEvidenceStore>(provider =>
        {
            var database = provider.GetRequiredService<BotDatabase>();
            var folder = Path.GetDirectoryName(Path.GetFullPath(database.Path))!;
            var root = Path.Combine(folder, provider.GetRequiredService<IOptions<EvidenceOptions>>().Value.FilesPath);
            return new LiteDbEvidenceStore(database, root);
        });
        services.AddSingleton<EvidenceIntake>();
        services.AddSingleton<EvidenceUploadPurpose>();
        services.AddSingleton<IUploadPurpose>(provider => provider.GetRequiredService<EvidenceUploadPurpose>());
        services.AddMessageCommand<EvidenceFilesCommand>(CommandOrder.EvidenceFiles);
        services.AddSingleton<IEvidenceReviewStore, LiteDbEvidenceReviewStore>();
        services.AddSingleton<EvidenceLedger>();
        services.AddSingleton<IChecklistItemEvidence, ChecklistEvidence>();
        services.AddSingleton<IEvidenceReviewNotifier, OutboxEvidenceReviewNotifier>();
        services.AddCardActions<EvidenceReviewActions>();
        services.AddCardActions<EvidenceChatUploadActions>();
        services.AddMessageCommand<RequirementCommand>(CommandOrder.EvidenceRequirement);
        services.AddSingleton<IProgressEvidence, EvidenceProgressReader>();
        services.AddSingleton<BinderExporter>();
        services.AddSingleton<IStreamedDownloadSource, BinderDownloadSource>();
        return services;
    }
}
