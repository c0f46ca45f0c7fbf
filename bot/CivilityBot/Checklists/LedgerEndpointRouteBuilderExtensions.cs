using System.Globalization;
using CivilityBot.Knowledge;
using Microsoft.Extensions.Options;

namespace CivilityBot.Checklists;

public static class LedgerEndpointRouteBuilderExtensions
{
    public const string XlsxExtension = "xlsx";
    public const string CsvExtension = "csv";
    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string CsvContentType = "text/csv; charset=utf-8";

    /// <summary>
    /// GET /ledger/{token}.xlsx and /ledger/{token}.csv: the ledger as of the download. Unknown, malformed and
    /// expired tokens all get the same 404, so the answer tells nothing about which tokens exist.
    /// </summary>
    public static IEndpointRouteBuilder MapLedger(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/ledger/{file}", Download).WithDisplayName("Ledger download");
        return endpoints;
    }

    private static IResult Download(
        string file, LedgerLinks links, LedgerExporter exporter, TimeProvider time, IOptions<CampaignOptions> campaignOptions)
    {
        var extension = Path.GetExtension(file).TrimStart('.');
        var token = Path.GetFileNameWithoutExtension(file);
        if (extension is not (XlsxExtension or CsvExtension) || !links.IsValid(token))
        {
            return Results.NotFound();
        }

        var today = campaignOptions.Value.LocalToday(time).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return extension == XlsxExtension
            ? Results.File(exporter.Xlsx(), XlsxContentType, $"文明创建台账-{today}.xlsx")
            : Results.File(exporter.Csv(), CsvContentType, $"文明创建台账-{today}.csv");
    }
}
