using Microsoft.AspNetCore.Mvc;

namespace CivilityBot.Downloads;

public static class DownloadsEndpointRouteBuilderExtensions
{
    private const int ResponseBufferSize = 64 * 1024;

    public const string NotFoundText = "下载链接无效或已过期。请在 Teams 里再向机器人要一次下载链接。";

    /// <summary>
    /// GET /downloads/{token}.xlsx, .csv and .zip: the file a link opens, built at download time (a zip is written
    /// into the response as it is built). Unknown,
    /// malformed and expired tokens all get the same 404, so the answer tells nothing about which tokens exist.
    /// </summary>
    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/" + DownloadLinks.RoutePrefix + "{**file}", Download).WithDisplayName("Download");
        return endpoints;
    }

    private static IResult Download(
        string file, HttpContext http, DownloadLinks links, [FromServices] IEnumerable<IDownloadSource> sources,
        [FromServices] IEnumerable<IStreamedDownloadSource> streamed)
    {
        if (DownloadFormats.TrySplit(file, out var zipToken, out var zip) && zip == DownloadFormat.Zip)
        {
            return links.Resolve(zipToken) is { } zipLink && streamed.FirstOrDefault(source => source.Kind == zipLink.Kind) is { } writer
                ? Results.Stream(output => StreamAsync(writer, zipLink, output, http), DownloadFormats.ZipContentType, $"{writer.NameOf(zipLink)}.{DownloadFormats.ZipExtension}")
                : Results.Text(NotFoundText, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        if (!DownloadFormats.TrySplit(file, out var token, out var format)
            || links.Resolve(token) is not { } link
            || sources.FirstOrDefault(source => source.Kind == link.Kind)?.Open(link, format) is not { } download)
        {
            return Results.Text(NotFoundText, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        return Results.File(download.Content, DownloadFormats.ContentTypeOf(format), $"{download.Name}.{DownloadFormats.ExtensionOf(format)}");
    }

    /// <summary>
    /// Writes a streamed source through a 64 KiB buffer. ZipArchive (.NET 10) still closes its entry streams with
    /// synchronous writes, so this one response allows synchronous I/O; the buffer gathers those small header and
    /// descriptor writes, while writes at least as large as the buffer (the 1 MiB chunks of file content) go straight
    /// through. 64 KiB stays below the 85,000-byte large-object threshold, so the buffer dies young instead of adding
    /// 1 MiB to the large object heap for every download until a full collection.
    /// </summary>
    private static async Task StreamAsync(IStreamedDownloadSource writer, DownloadLink link, Stream output, HttpContext http)
    {
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpBodyControlFeature>() is { } body)
        {
            body.AllowSynchronousIO = true;
        }

        await using var buffered = new BufferedStream(output, ResponseBufferSize);
        await writer.WriteAsync(link, buffered, http.RequestAborted);
        await buffered.FlushAsync(http.RequestAborted);
    }
}
