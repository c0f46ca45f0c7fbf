namespace CivilityBot.Protocol.Pacing;

/// <summary>
/// Sits inside the connector client's retry loop, so every attempt (retries included) is paced: Teams counts
/// each request against the per-tenant and per-conversation limits, not each logical send.
/// </summary>
public sealed class ConnectorPacingHandler(ConnectorPacer pacer) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await pacer.WaitAsync(ConversationOf(request.RequestUri), cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }

    /// <summary>The conversation id in ".../v3/conversations/{id}/...", or null (e.g. creating a conversation).</summary>
    public static string? ConversationOf(Uri? uri)
    {
        if (uri is null)
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var index = Array.IndexOf(segments, "conversations");
        return index >= 0 && index + 1 < segments.Length ? Uri.UnescapeDataString(segments[index + 1]) : null;
    }
}
