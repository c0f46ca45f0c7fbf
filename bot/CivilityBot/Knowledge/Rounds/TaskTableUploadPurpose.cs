using CivilityBot.Knowledge.Corrections;
using CivilityBot.People;
using CivilityBot.Uploads;

namespace CivilityBot.Knowledge.Rounds;

/// <summary>
/// The task breakdown table (任务分解表) as an upload purpose: coordinators only, one .xlsx up to
/// <see cref="MaxTableBytes"/>. The receipt is the validation report; an importable table also gets a preview card of
/// the new round whose 确认开始新一轮 applies it. Nothing changes on receipt. <see cref="UploadRequest.Target"/> may
/// carry the new round's dates as 开始新一轮 takes them ("2026-03-01 2026-06-30"); empty keeps the current dates.
/// </summary>
public sealed class TaskTableUploadPurpose(PlanState plan, RoundBook rounds, RoundCardComposer cards) : IUploadPurpose
{
    public const string PurposeKey = "task-table";

    /// <summary>5 MB: the bureau's table is ~30 KB; a sheet with embedded pictures could be a few MB, anything bigger is not this table.</summary>
    public const long MaxTableBytes = 5 * 1024 * 1024;

    public string Key => PurposeKey;

    public string Title => "任务分解表";

    public IReadOnlyList<string> Extensions { get; } = [".xlsx"];

    public long MaxBytes => MaxTableBytes;

    public string? Refusal(UploadRequest request) => SenderChecks.CoordinatorRefusal(request.Sender, ReplyLanguage.Chinese);

    public async Task<UploadReceipt> ReceiveAsync(UploadRequest request, UploadedFile file, CancellationToken cancellationToken)
    {
        if (Refusal(request) is { } refusal) return new UploadReceipt(refusal);
        using var copy = new MemoryStream();
        await CopyBoundedAsync(file.Content, copy, cancellationToken);
        if (copy.Length > MaxTableBytes) return new UploadReceipt(RoundTexts.ImportRefused([$"文件超过{MaxTableBytes / 1024 / 1024} MB，不是任务分解表。"]));
        copy.Position = 0;
        var version = plan.Version;
        var import = TaskTableImporter.Read(copy, plan.Current);
        var errors = import.Findings.Where(finding => finding.Severity == ImportSeverity.Error).Select(finding => finding.Chinese).ToList();
        if (!import.CanApply) return new UploadReceipt(RoundTexts.ImportRefused(errors.Count > 0 ? errors : ["没有读到可用的计划。"]));
        var (draft, proposed, problem) = rounds.PreviewImport(import.Proposed!, request.Target, request.Sender.PersonName!, version);
        if (draft is null) return new UploadReceipt(RoundTexts.ImportRefused([problem!]));
        var warnings = import.Findings.Select(finding => finding.Chinese).ToList();
        if (proposed!.Phases.SequenceEqual(plan.Current.Phases)) warnings.Add("阶段日期沿用当前计划；开始后可用“修改阶段日期”调整。");
        return new UploadReceipt(Report(RoundTexts.ImportReport(import.Findings.Count), import.Findings), cards.Preview(draft, proposed, warnings));
    }

    private static string Report(string head, IReadOnlyList<ImportFinding> findings) =>
        findings.Count == 0 ? head : head + "\n" + string.Join("\n", findings.Take(RoundCardComposer.MaxFindingLines).Select(finding => "· " + finding.Chinese));

    // The caller checked the length it was told; a stream that runs on past the limit is cut at limit + 1 byte.
    private static async Task CopyBoundedAsync(Stream source, MemoryStream target, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        int read;
        while (target.Length <= MaxTableBytes && (read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            target.Write(buffer, 0, read);
        }
    }
}
