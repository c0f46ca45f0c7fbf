using CivilityBot.Knowledge;
using CivilityBot.Uploads;
using Microsoft.Extensions.Options;

namespace CivilityBot.People;

/// <summary>
/// The staff list as an upload purpose (key "roster", no target, coordinators only): the file is read with MiniExcel,
/// compared with the current imported list, and stored as a preview; the receipt carries the preview card whose
/// 确认导入 applies it (<see cref="RosterImportActions"/>). Nothing changes before that.
/// </summary>
public sealed class RosterImportPurpose(IRosterStore store, IPlan plan, TimeProvider time, IOptions<RosterImportOptions> options)
    : IUploadPurpose, IUploadContentCheck
{
    public const string PurposeKey = "roster";

    public string Key => PurposeKey;

    public string Title => RosterImportTexts.Title;

    public IReadOnlyList<string> Extensions { get; } = [".xlsx", ".csv"];

    public long MaxBytes => options.Value.MaxFileBytes;

    /// <summary>Coordinators with a verified link only (the upload page reads the role when the link is used).</summary>
    public string? Refusal(UploadRequest request) =>
        SenderChecks.CoordinatorRefusal(request.Sender, ReplyLanguage.Chinese);

    /// <summary>An .xlsx must be a zip (PK\x03\x04); a .csv must be text (no NUL byte in its first bytes).</summary>
    public string? Refusal(string fileName, ReadOnlySpan<byte> head, Func<Stream> openRead)
    {
        var zip = head.StartsWith("PK\u0003\u0004"u8);
        var xlsx = UploadNames.ExtensionOf(fileName) == "xlsx";
        return xlsx != zip || (!xlsx && head.Contains((byte)0)) ? RosterImportTexts.NotContent : null;
    }

    public async Task<UploadReceipt> ReceiveAsync(UploadRequest request, UploadedFile file, CancellationToken cancellationToken)
    {
        var bytes = new MemoryStream((int)Math.Min(file.Length, MaxBytes));
        await file.Content.CopyToAsync(bytes, cancellationToken);
        var csv = UploadNames.ExtensionOf(file.FileName) == "csv";
        var read = RosterFileReader.Read(bytes.ToArray(), csv, options.Value.MaxRows);
        var draft = RosterImportPlanner.Plan(read, store.Entries(), store.Version(), plan.Current, file.FileName, request.Sender.PersonName!, time.GetUtcNow());
        store.SaveDraft(draft);
        var text = RosterImportTexts.Previewed(draft);
        return new UploadReceipt(text, RosterImportView.Card(draft, text));
    }
}
