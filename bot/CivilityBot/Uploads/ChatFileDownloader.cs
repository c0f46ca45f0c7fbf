using Microsoft.Extensions.Options;

namespace CivilityBot.Uploads;

/// <summary>
/// Fetches a chat file for the intake through the feature's own HttpClients: <see cref="PlainClient"/> for Teams'
/// pre-authorised download URLs, <see cref="BotTokenClient"/> (the bot's connector token, trusted hosts only) for
/// inline images. The body is streamed into the intake, which stops one byte past the purpose's limit; a declared
/// Content-Length over the limit is refused before reading.
/// </summary>
public sealed class ChatFileDownloader(IHttpClientFactory clients, IOptions<UploadOptions> options)
{
    /// <summary>The HttpClient name for pre-authorised download URLs.</summary>
    public const string PlainClient = "Uploads.ChatFiles";

    /// <summary>The HttpClient name for inline images (bot token attached).</summary>
    public const string BotTokenClient = "Uploads.InlineImages";

    /// <summary>
    /// The checked file, or a refusal; a download that fails (no URL, non-2xx status, connection error, timeout) or is cut
    /// off half way gives <see cref="UploadTexts"/>' download refusal and stages nothing.
    /// </summary>
    public async Task<UploadCheck> FetchAsync(IUploadPurpose purpose, ChatFile file, CancellationToken cancellationToken)
    {
        var name = file.Name ?? "";
        if (UploadIntake.NameRefusal(purpose, file.Name) is { } refusal)
        {
            return UploadCheck.Refused(UploadNames.Visible(name), refusal);
        }

        if (!Uri.TryCreate(file.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            return UploadCheck.Refused(name, UploadTexts.DownloadFailed(name));
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.DownloadTimeout);
        try
        {
            return await DownloadAsync(purpose, name, url, file.NeedsBotToken, timeout.Token);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or OperationCanceledException or Protocol.ConnectorException
            && !cancellationToken.IsCancellationRequested)
        {
            return UploadCheck.Refused(name, UploadTexts.DownloadFailed(name));
        }
    }

    private async Task<UploadCheck> DownloadAsync(IUploadPurpose purpose, string name, Uri url, bool needsToken, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(needsToken ? BotTokenClient : PlainClient);
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return UploadCheck.Refused(name, UploadTexts.DownloadFailed(name));
        }

        if (response.Content.Headers.ContentLength > purpose.MaxBytes)
        {
            return UploadCheck.Refused(name, UploadTexts.TooLarge(name, purpose.MaxBytes), tooLarge: true);
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var check = await UploadIntake.CheckAsync(purpose, name, body, cancellationToken);
        if (check.Staged is { } staged && response.Content.Headers.ContentLength is { } declared && declared != staged.Size)
        {
            check.Dispose(); // the connection ended before the declared length: cut off half way
            return UploadCheck.Refused(name, UploadTexts.DownloadFailed(name));
        }

        return check;
    }
}
