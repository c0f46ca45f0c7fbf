namespace CivilityBot.Downloads;

/// <summary>The extensions and content types of <see cref="DownloadFormat"/>.</summary>
public static class DownloadFormats
{
    public const string XlsxExtension = "xlsx";
    public const string CsvExtension = "csv";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string ZipExtension = "zip";
    public const string ZipContentType = "application/zip";

    public static string ExtensionOf(DownloadFormat format) => format switch
    {
        DownloadFormat.Xlsx => XlsxExtension,
        DownloadFormat.Zip => ZipExtension,
        _ => CsvExtension,
    };

    public static string ContentTypeOf(DownloadFormat format) => format switch
    {
        DownloadFormat.Xlsx => XlsxContentType,
        DownloadFormat.Zip => ZipContentType,
        _ => CsvContentType,
    };

    /// <summary>Splits "{token}.{extension}"; false when there is no dot or the extension is not one we serve.</summary>
    public static bool TrySplit(string file, out string token, out DownloadFormat format)
    {
        var dot = file.LastIndexOf('.');
        (token, var extension) = dot < 0 ? (file, string.Empty) : (file[..dot], file[(dot + 1)..]);
        format = extension switch
        {
            XlsxExtension => DownloadFormat.Xlsx,
            ZipExtension => DownloadFormat.Zip,
            _ => DownloadFormat.Csv,
        };
        return extension is XlsxExtension or CsvExtension or ZipExtension;
    }
}
