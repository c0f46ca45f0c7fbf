using CivilityBot.People;
using CivilityBot.Checklists;
using CivilityBot.Conversations;
using CivilityBot.Downloads;
using CivilityBot.Storage;
using CivilityBot.Storage.PostgreSql;
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
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            if (storage.Provider == StorageProvider.PostgreSql)
            {
                // No database file: the content folder sits where the LiteDB file would (Storage:Path's folder).
                var contentRoot = provider.GetRequiredService<IHostEnvironment>().ContentRootPath;
                var beside = Path.GetDirectoryName(Path.GetFullPath(Path.Combine(contentRoot, storage.Path)))!;
                var files = Path.Combine(beside, provider.GetRequiredService<IOptions<EvidenceOptions>>().Value.FilesPath);
                return new PostgreSqlEvidenceStore(
                    provider.GetRequiredService<PostgreSqlDatabase>(), new EvidenceContentFolder(files), provider.GetRequiredService<IStoreVersions>());
            }

            var database = provider.GetRequiredService<BotDatabase>();
            var folder = Path.GetDirectoryName(Path.GetFullPath(database.Path))!;
            var root = Path.Combine(folder, provider.GetRequiredService<IOptions<EvidenceOptions>>().Value.FilesPath);
            return new LiteDbEvidenceStore(database, root);
        });
        services.AddSingleton<EvidenceIntake>();
        services.AddSingleton<EvidenceUploadPurpose>();
        services.AddSingleton<IUploadPurpose>(provider => provider.GetRequiredService<EvidenceUploadPurpose>());
        services.AddMessageCommand<EvidenceFilesCommand>(CommandOrder.EvidenceFiles);
        services.AddStore<IEvidenceReviewStore, LiteDbEvidenceReviewStore, PostgreSqlEvidenceReviewStore>();
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
