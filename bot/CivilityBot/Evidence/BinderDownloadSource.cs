using System.Globalization;
using CivilityBot.Checklists;
using CivilityBot.Downloads;
using CivilityBot.Knowledge;
using Microsoft.Extensions.Options;

namespace CivilityBot.Evidence;

/// <summary>The binder behind a ledger link's .zip address, named after the bureau's local day.</summary>
public sealed class BinderDownloadSource(BinderExporter exporter, BureauClock clock) : IStreamedDownloadSource
{
    public string Kind => LedgerDownloadSource.LedgerKind;

    public string NameOf(DownloadLink link) =>
        $"文明创建台账资料-{clock.Today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";

    public Task WriteAsync(DownloadLink link, Stream output, CancellationToken cancellationToken) => exporter.WriteAsync(output, cancellationToken);
}
