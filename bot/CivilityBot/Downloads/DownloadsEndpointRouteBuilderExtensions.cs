using Microsoft.AspNetCore.Mvc;

namespace CivilityBot.Downloads;

public static class DownloadsEndpointRouteBuilderExtensions
{
    public const string NotFoundText = "下载链接无效或已过期。请在 Teams 里再向机器人要一次下载链接。";

    /// <summary>
    /// GET /downloads/{token}.xlsx and /downloads/{token}.csv: the file a link opens, built at download time. Unknown,
    /// malformed and expired tokens all get the same 404, so the answer tells nothing about which tokens exist.
    /// </summary>
    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/" + DownloadLinks.RoutePrefix + "{**file}", Download).WithDisplayName("Download");
        return endpoints;
    }

    private static IResult Download(string file, DownloadLinks links, [FromServices] IEnumerable<IDownloadSource> sources)
    {
        if (!DownloadFormats.TrySplit(file, out var token, out var format)
            || links.Resolve(token) is not { } link
            || sources.FirstOrDefault(source => source.Kind == link.Kind)?.Open(link, format) is not { } download)
        {
            return Results.Text(NotFoundText, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        return Results.File(download.Content, DownloadFormats.ContentTypeOf(format), $"{download.Name}.{DownloadFormats.ExtensionOf(format)}");
    }
}
