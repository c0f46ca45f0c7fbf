namespace CivilityBot.Evidence;

public static class EvidenceEndpointRouteBuilderExtensions
{
    /// <summary>GET /evidence/upload/{token}: the upload page; POST: the files (multipart/form-data).</summary>
    public static IEndpointRouteBuilder MapEvidence(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/" + UploadLinks.RoutePrefix + "{token}", (string token, HttpContext http, EvidenceUploadEndpoint endpoint) => endpoint.Page(token, http))
            .WithDisplayName("Evidence upload page");
        endpoints.MapPost("/" + UploadLinks.RoutePrefix + "{token}", (string token, HttpContext http, EvidenceUploadEndpoint endpoint) => endpoint.UploadAsync(token, http))
            .WithDisplayName("Evidence upload")
            .DisableAntiforgery();
        return endpoints;
    }
}
