using System.Globalization;
using CivilityBot.Checklists;
using CivilityBot.Downloads;
using CivilityBot.Knowledge;
using Microsoft.Extensions.Options;

namespace CivilityBot.Evidence;

/// <summary>The binder behind a ledger link's .zip address, named after the bureau's local day.</summary>
public sealed class BinderDownloadSource(BinderExporter exporter, TimeProvider time, IOptions<CampaignOptions> campaignOptions) : IStreamedDownloadSource
{
    public string Kind => LedgerDownloadSource.LedgerKind;

    public string NameOf(DownloadLink link) =>
        $"文明创建台账资料-{campaignOptions.Value.LocalToday(time).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";

    public Task WriteAsync(DownloadLink link, Stream output, CancellationToken cancellationToken) => exporter.WriteAsync(output, cancellationToken);
}
