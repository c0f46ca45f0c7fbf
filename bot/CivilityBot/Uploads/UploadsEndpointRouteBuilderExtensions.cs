namespace CivilityBot.Uploads;

public static class UploadsEndpointRouteBuilderExtensions
{
    /// <summary>
    /// GET /upload/{token}: the upload page; POST: the files (multipart/form-data). The same under /evidence/upload/,
    /// where evidence links pointed before the Uploads feature.
    /// </summary>
    public static IEndpointRouteBuilder MapUploads(this IEndpointRouteBuilder endpoints)
    {
        foreach (var prefix in (string[])[UploadLinks.RoutePrefix, UploadLinks.LegacyRoutePrefix])
        {
            endpoints.MapGet("/" + prefix + "{token}", (string token, HttpContext http, UploadEndpoint endpoint) => endpoint.Page(token, http))
                .WithDisplayName("Upload page " + prefix);
            endpoints.MapPost("/" + prefix + "{token}", (string token, HttpContext http, UploadEndpoint endpoint) => endpoint.UploadAsync(token, http))
                .WithDisplayName("Upload " + prefix)
                .DisableAntiforgery();
        }

        return endpoints;
    }
}
