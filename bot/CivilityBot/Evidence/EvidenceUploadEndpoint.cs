using System.Globalization;
using CivilityBot.Knowledge;
using CivilityBot.People;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CivilityBot.Evidence;

/// <summary>
/// GET and POST /evidence/upload/{token}. The POST is read section by section with <see cref="MultipartReader"/>,
/// each file streamed into the store's staging area; the files are added only when every one passed, so a refused or
/// cut-off upload stores nothing.
/// </summary>
public sealed class EvidenceUploadEndpoint(
    UploadLinks links, EvidenceIntake intake, IEvidenceStore store, IPlan plan, IPeopleDirectory people,
    TimeProvider time, IOptions<EvidenceOptions> options, BureauClock clock)
{
    private const string Text = "text/plain; charset=utf-8";

    public IResult Page(string token, HttpContext http)
    {
        if (Access(token, http, out var link) is { } refusal)
        {
            return refusal;
        }

        var expires = clock.Format(link.ExpiresAt);
        var text = plan.Current.FindSubCriterion(link.SubCriterionId)?.Text ?? "";
        return Results.Content(UploadPage.Render(link, text, store.FilesOf(link.SubCriterionId), options.Value, expires), "text/html; charset=utf-8");
    }

    public async Task<IResult> UploadAsync(string token, HttpContext http)
    {
        if (Access(token, http, out var link) is { } refusal)
        {
            return refusal;
        }

        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return Results.Text(EvidenceTexts.NotMultipart, Text, statusCode: StatusCodes.Status400BadRequest);
        }

        AllowLargeBody(http);
        var checks = new List<EvidenceCheck>();
        try
        {
            var answer = await ReadAsync(new MultipartReader(boundary, http.Request.Body), checks, http.RequestAborted);
            return answer ?? Add(link, checks);
        }
        catch (Exception exception) when (exception is IOException or BadHttpRequestException or OperationCanceledException)
        {
            return Results.Text(EvidenceTexts.CutOff, Text, statusCode: StatusCodes.Status400BadRequest);
        }
        finally
        {
            checks.ForEach(check => check.Dispose());
        }
    }

    /// <summary>Checks every file section into <paramref name="checks"/>; an answer when one was refused or none came.</summary>
    private async Task<IResult?> ReadAsync(MultipartReader reader, List<EvidenceCheck> checks, CancellationToken cancellationToken)
    {
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition())
            {
                continue;
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
            if (string.IsNullOrEmpty(name) && section.Body.ReadByte() < 0)
            {
                continue; // a file input left empty
            }

            if (checks.Count == options.Value.MaxFilesPerUpload)
            {
                return Results.Text(EvidenceTexts.TooMany(options.Value.MaxFilesPerUpload), Text, statusCode: StatusCodes.Status400BadRequest);
            }

            var check = await intake.CheckAsync(name, section.Body, cancellationToken);
            checks.Add(check);
            if (check.Refusal is { } refusal)
            {
                return Results.Text(refusal, Text, statusCode: check.IsTooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
            }
        }

        return checks.Count == 0 ? Results.Text(EvidenceTexts.NoFiles, Text, statusCode: StatusCodes.Status400BadRequest) : null;
    }

    private IResult Add(UploadLink link, List<EvidenceCheck> checks)
    {
        var now = time.GetUtcNow();
        var owner = OwnerOf(link);
        foreach (var check in checks)
        {
            store.Add(check.Staged!, new EvidenceFileInfo(link.SubCriterionId, check.Name, check.Type!, owner, link.PersonName, now));
        }

        return Results.Text(EvidenceTexts.Saved(checks.Count, link.SubCriterionId), Text);
    }

    /// <summary>
    /// Null when the request may use the link (claiming it for this browser on first use); otherwise the answer: 404 for
    /// a bad or expired link, 403 for another browser's link or a sub-criterion the person no longer answers for.
    /// </summary>
    private IResult? Access(string token, HttpContext http, out UploadLink link)
    {
        link = links.Resolve(token)!;
        if (link is null)
        {
            return Results.Text(EvidenceTexts.LinkInvalid, Text, statusCode: StatusCodes.Status404NotFound);
        }

        var cookie = UploadLinks.CookieName(link);
        var secret = http.Request.Cookies[cookie] ?? UploadLinks.NewBrowserSecret();
        if (!links.ClaimFor(link, secret))
        {
            return Results.Text(EvidenceTexts.LinkClaimed, Text, statusCode: StatusCodes.Status403Forbidden);
        }

        http.Response.Cookies.Append(cookie, secret, new CookieOptions
        {
            HttpOnly = true,
            SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = "/" + UploadLinks.RoutePrefix,
            MaxAge = link.ExpiresAt - time.GetUtcNow(),
        });
        return MayUpload(link) ? null : Results.Text(EvidenceTexts.NotOwner, Text, statusCode: StatusCodes.Status403Forbidden);
    }

    private bool MayUpload(UploadLink link) =>
        plan.Current.IndicatorOf(link.SubCriterionId) is { } indicator && (indicator.IsOwnedBy(link.PersonName) || people.IsCoordinator(link.PersonName));

    private string OwnerOf(UploadLink link) =>
        plan.Current.IndicatorOf(link.SubCriterionId) is { } indicator && !indicator.IsOwnedBy(link.PersonName)
            ? (indicator.Owners.Count > 0 ? indicator.Owners[0].Person : link.PersonName)
            : link.PersonName;

    /// <summary>Kestrel's 30 MB default would cut a meeting recording off; allow the most files of the most size.</summary>
    private void AllowLargeBody(HttpContext http)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = (options.Value.MaxFileBytes + 64 * 1024) * options.Value.MaxFilesPerUpload;
        }
    }
}
