using System.Globalization;
using CivilityBot.Downloads;
using CivilityBot.Knowledge;
using Microsoft.Extensions.Options;

namespace CivilityBot.Checklists;

/// <summary>The ledger behind a download link, as of the download, named after the bureau's local day.</summary>
public sealed class LedgerDownloadSource(LedgerExporter exporter, BureauClock clock) : IDownloadSource
{
    public const string LedgerKind = "ledger";

    public string Kind => LedgerKind;

    public DownloadFile? Open(DownloadLink link, DownloadFormat format)
    {
        var today = clock.Today.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return new DownloadFile($"文明创建台账-{today}", format == DownloadFormat.Xlsx ? exporter.Xlsx() : exporter.Csv());
    }
}
