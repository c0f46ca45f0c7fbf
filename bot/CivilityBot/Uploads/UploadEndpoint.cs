using CivilityBot.Knowledge;
using CivilityBot.People;
using CivilityBot.Turns;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CivilityBot.Uploads;

/// <summary>
/// GET and POST /upload/{token} (and the older /evidence/upload/{token}). The POST is read section by section with
/// <see cref="MultipartReader"/>, each file streamed into a temporary file and checked (<see cref="UploadIntake"/>);
/// the files go to their purpose only when every one passed, so a refused or cut-off upload hands over nothing.
/// Answers are plain Chinese text: 200 with the receipt, 400 bad or cut-off input, 403 another browser's link or a
/// target the person may not upload for, 404 a bad or expired link, 413 a file over the purpose's limit.
/// </summary>
public sealed partial class UploadEndpoint(
    UploadLinks links, UploadPurposes purposes, IPeopleDirectory people, UploadReceipts receipts,
    TimeProvider time, IOptions<UploadOptions> options, BureauClock clock, ILogger<UploadEndpoint> logger)
{
    private const string Text = "text/plain; charset=utf-8";

    public IResult Page(string token, HttpContext http)
    {
        if (Access(token, http, out var link, out var purpose, out var request) is { } refusal)
        {
            return refusal;
        }

        var model = purpose is IUploadPageContent content
            ? content.Describe(request)
            : new UploadPageModel("上传" + purpose.Title, purpose.Title, "", "上传人：" + link.PersonName, null);
        return Results.Content(UploadPage.Render(purpose, model, options.Value.MaxFilesPerUpload, clock.Format(link.ExpiresAt)), "text/html; charset=utf-8");
    }

    public async Task<IResult> UploadAsync(string token, HttpContext http)
    {
        if (Access(token, http, out _, out var purpose, out var request) is { } refusal)
        {
            return refusal;
        }

        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return Results.Text(UploadTexts.NotMultipart, Text, statusCode: StatusCodes.Status400BadRequest);
        }

        AllowLargeBody(http, purpose);
        var checks = new List<UploadCheck>();
        try
        {
            var answer = await ReadAsync(purpose, new MultipartReader(boundary, http.Request.Body), checks, http.RequestAborted);
            return answer ?? await HandOverAsync(purpose, request, checks, http.RequestAborted);
        }
        catch (Exception exception) when (exception is IOException or BadHttpRequestException or OperationCanceledException)
        {
            return Results.Text(UploadTexts.CutOff, Text, statusCode: StatusCodes.Status400BadRequest);
        }
        finally
        {
            checks.ForEach(check => check.Dispose());
        }
    }

    /// <summary>Checks every file section into <paramref name="checks"/>; an answer when one was refused or none came.</summary>
    private async Task<IResult?> ReadAsync(IUploadPurpose purpose, MultipartReader reader, List<UploadCheck> checks, CancellationToken cancellationToken)
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
                return Results.Text(UploadTexts.TooMany(options.Value.MaxFilesPerUpload), Text, statusCode: StatusCodes.Status400BadRequest);
            }

            var check = await UploadIntake.CheckAsync(purpose, name, section.Body, cancellationToken);
            checks.Add(check);
            if (check.Refusal is { } refusal)
            {
                return Results.Text(refusal, Text, statusCode: check.IsTooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
            }
        }

        return checks.Count == 0 ? Results.Text(UploadTexts.NoFiles, Text, statusCode: StatusCodes.Status400BadRequest) : null;
    }

    private async Task<IResult> HandOverAsync(IUploadPurpose purpose, UploadRequest request, List<UploadCheck> checks, CancellationToken cancellationToken)
    {
        var receipt = await UploadReceipts.ReceiveAsync(purpose, request, checks, cancellationToken);
        await receipts.PostCardAsync(request, receipt, cancellationToken);
        return Results.Text(receipt.Text, Text);
    }

    /// <summary>
    /// Null when the request may use the link (claiming it for this browser on first use); otherwise the answer: 404 for
    /// a bad or expired link, 403 for another browser's link or a target the person may not upload for.
    /// </summary>
    private IResult? Access(string token, HttpContext http, out UploadLink link, out IUploadPurpose purpose, out UploadRequest request)
    {
        (link, purpose, request) = (links.Resolve(token)!, null!, null!);
        if (link is null)
        {
            return Results.Text(UploadTexts.LinkInvalid, Text, statusCode: StatusCodes.Status404NotFound);
        }

        if (purposes.Find(link.PurposeKey) is not { } found)
        {
            LogUnknownPurpose(logger, link.PurposeKey);
            return Results.Text(UploadTexts.UnknownPurpose, Text, statusCode: StatusCodes.Status404NotFound);
        }

        purpose = found;
        if (!Claim(link, http))
        {
            return Results.Text(UploadTexts.LinkClaimed, Text, statusCode: StatusCodes.Status403Forbidden);
        }

        request = new UploadRequest(link.PurposeKey, link.Target, SenderOf(link.PersonName));
        return purpose.Refusal(request) is { } refusal ? Results.Text(refusal, Text, statusCode: StatusCodes.Status403Forbidden) : null;
    }

    private bool Claim(UploadLink link, HttpContext http)
    {
        var cookie = UploadLinks.CookieName(link);
        var secret = http.Request.Cookies[cookie] ?? UploadLinks.NewBrowserSecret();
        if (!links.ClaimFor(link, secret))
        {
            return false;
        }

        var path = http.Request.Path.Value ?? "/";
        http.Response.Cookies.Append(cookie, secret, new CookieOptions
        {
            HttpOnly = true,
            SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = path[..(path.LastIndexOf('/') + 1)],
            MaxAge = link.ExpiresAt - time.GetUtcNow(),
        });
        return true;
    }

    /// <summary>The person the link names, as the turn pipeline would see them; the role is read now, not when the link was made.</summary>
    private SenderIdentity SenderOf(string personName)
    {
        var link = people.FindLink(personName);
        return new SenderIdentity(personName, people.IsCoordinator(personName), link?.AadObjectId, link?.TeamsUserId);
    }

    /// <summary>Kestrel's 30 MB default would cut a meeting recording off; allow the most files of the purpose's size.</summary>
    private void AllowLargeBody(HttpContext http, IUploadPurpose purpose)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = (purpose.MaxBytes + 64 * 1024) * options.Value.MaxFilesPerUpload;
        }
    }

    [LoggerMessage(EventId = 8101, Level = LogLevel.Warning, Message = "Upload link for unknown purpose {Purpose}")]
    private static partial void LogUnknownPurpose(ILogger logger, string purpose);
}
