using System.Globalization;
using System.IO.Compression;
using System.Text;
using CivilityBot.Checklists;
using CivilityBot.Downloads;
using CivilityBot.Knowledge;
using CivilityBot.Uploads;
using Microsoft.Extensions.Options;

namespace CivilityBot.Evidence;

/// <summary>
/// The binder (台账) as a zip laid out like the paper one: a folder per category, then per indicator, then per
/// sub-criterion, each file named <c>16.1-01-原名.pdf</c>; beside them <c>目录.xlsx</c>, whose first sheet lists every
/// file (category, indicator, sub-criterion, owner, uploader, time, size, SHA-256, review) followed by the ledger's
/// own sheets. Written entry by entry into a non-seekable stream: memory stays constant whatever the files weigh.
/// Files are stored, not deflated: photos, PDFs and recordings are compressed already, and storing keeps the export at
/// copy speed.
/// </summary>
public sealed class BinderExporter(
    IPlan plan, EvidenceLedger ledger, IEvidenceStore store, LedgerExporter ledgerExporter, BureauClock clock)
{
    public const string IndexName = "目录.xlsx";

    public const string IndexSheet = "目录";

    private const int FolderNameLength = 40;

    /// <summary>1 MiB chunks (pooled by CopyToAsync): few, large writes keep the export near disk speed.</summary>
    private const int CopyBufferSize = 1 << 20;

    public async Task WriteAsync(Stream output, CancellationToken cancellationToken)
    {
        var entries = Entries();
        await using var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8, cancellationToken);
        await WriteIndexAsync(zip, entries, cancellationToken);
        foreach (var entry in entries)
        {
            var zipEntry = zip.CreateEntry(entry.Path, CompressionLevel.NoCompression);
            zipEntry.LastWriteTime = clock.ToLocal(entry.File.UploadedAt);
            await using var target = await zipEntry.OpenAsync(cancellationToken);
            await using var source = store.OpenContent(entry.File.Sha256);
            await source.CopyToAsync(target, CopyBufferSize, cancellationToken);
        }
    }

    /// <summary>Every current file with its place in the binder, in campaign order.</summary>
    public IReadOnlyList<BinderEntry> Entries()
    {
        var entries = new List<BinderEntry>();
        foreach (var status in ledger.All())
        {
            var indicator = plan.Current.IndicatorOf(status.SubCriterionId)!;
            var category = plan.Current.CategoryOf(indicator);
            var folder = $"{category.Number:00} {Clean(category.Name)}/{indicator.Number:00} {Clean(indicator.Title)}/{status.SubCriterionId}";
            entries.AddRange(status.Files.Select((file, index) =>
                new BinderEntry($"{folder}/{status.SubCriterionId}-{index + 1:00}-{Clean(file.OriginalName, UploadNames.MaxLength)}", file, category, indicator, status)));
        }

        return entries;
    }

    private async Task WriteIndexAsync(ZipArchive zip, IReadOnlyList<BinderEntry> entries, CancellationToken cancellationToken)
    {
        // The index is a few hundred rows: built in memory, it costs the same whatever the files weigh.
        var sheets = new Dictionary<string, object> { [IndexSheet] = IndexRows(entries) };
        foreach (var (name, rows) in ledgerExporter.Sheets())
        {
            sheets[name] = rows;
        }

        using var workbook = new MemoryStream();
        await Workbooks.WriteXlsxAsync(workbook, sheets, cancellationToken);
        workbook.Position = 0;
        await using var target = await zip.CreateEntry(IndexName, CompressionLevel.Optimal).OpenAsync(cancellationToken);
        await workbook.CopyToAsync(target, cancellationToken);
    }

    private List<Dictionary<string, object?>> IndexRows(IReadOnlyList<BinderEntry> entries) => [.. entries.Select(entry => new Dictionary<string, object?>
    {
        ["类别"] = $"{entry.Category.Number} {entry.Category.Name}",
        ["指标"] = $"第{entry.Indicator.Number}项 {entry.Indicator.Title}",
        ["子项"] = entry.Status.SubCriterionId,
        ["文件"] = entry.Path,
        ["原文件名"] = entry.File.OriginalName,
        ["类型"] = entry.File.TypeName,
        ["责任人"] = entry.File.OwnerName,
        ["上传人"] = entry.File.UploadedBy,
        [$"上传时间（{clock.ZoneLabel}）"] = clock.Format(entry.File.UploadedAt),
        ["大小（字节）"] = entry.File.Size,
        ["SHA-256"] = entry.File.Sha256,
        ["审核"] = Verdict(entry.Status),
        ["审核意见"] = entry.Status.Review?.Comment,
    })];

    private static string Verdict(EvidenceStatus status) =>
        status.IsAccepted ? "通过" : status.IsReturned ? "退回" : status.Review is null ? "未审核" : "待重新审核";

    /// <summary>A folder name every unzip tool accepts: no path or reserved characters, not too long.</summary>
    private static string Clean(string name, int length = FolderNameLength)
    {
        var clean = new string([.. name.Select(c => c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.IsControl(c) ? '_' : c)]).Trim().TrimEnd('.');
        return clean.Length <= length ? clean : clean[..length];
    }
}
