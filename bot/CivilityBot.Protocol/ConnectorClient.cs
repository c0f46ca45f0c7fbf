using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CivilityBot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace CivilityBot.Protocol;

/// <summary>
/// Bot Connector REST client (typed HttpClient). The token, trust check and retries live in the handler
/// pipeline; this class builds requests with every id percent-encoded and turns failures into
/// <see cref="ConnectorException"/>.
/// </summary>
public sealed partial class ConnectorClient : IConnectorClient
{
    private const string CorrelationHeader = "X-Correlating-OperationId";
    private readonly HttpClient http;
    private readonly IServiceUrlTrust trust;
    private readonly TimeProvider time;
    private readonly ILogger<ConnectorClient> logger;

    public ConnectorClient(HttpClient http, IServiceUrlTrust trust, TimeProvider time, ILogger<ConnectorClient> logger)
    {
        this.http = http;
        this.trust = trust;
        this.time = time;
        this.logger = logger;
    }

    public Task<ResourceResponse> SendToConversationAsync(
        string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync(HttpMethod.Post, serviceUrl, conversationId, null, activity, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.ReplyToId = activityId;
        return SendActivityAsync(HttpMethod.Post, serviceUrl, conversationId, activityId, activity, cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Id = activityId;
        return SendActivityAsync(HttpMethod.Put, serviceUrl, conversationId, activityId, activity, cancellationToken);
    }

    public Task DeleteActivityAsync(
        string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, serviceUrl, ActivitiesPath(conversationId, activityId), null,
            ProtocolJsonContext.Default.ResourceResponse, cancellationToken);

    public Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, serviceUrl, "v3/conversations", Json(parameters, ProtocolJsonContext.Wire.ConversationParameters),
            ProtocolJsonContext.Default.ConversationResourceResponse, cancellationToken);

    public async Task<PagedMembersResult> GetPagedMembersAsync(
        string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/pagedmembers";
        var query = (pageSize, continuationToken) switch
        {
            (null, null) => string.Empty,
            (null, _) => $"?continuationToken={Uri.EscapeDataString(continuationToken)}",
            (_, null) => $"?pageSize={pageSize}",
            _ => $"?pageSize={pageSize}&continuationToken={Uri.EscapeDataString(continuationToken)}",
        };
        var page = await SendAsync(HttpMethod.Get, serviceUrl, path + query, null,
            ProtocolJsonContext.Default.PagedMembersResult, cancellationToken);
        page.Members?.ForEach(FillAadObjectId);
        return page;
    }

    private Task<ResourceResponse> SendActivityAsync(
        HttpMethod method, string serviceUrl, string conversationId, string? activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(method, serviceUrl, ActivitiesPath(conversationId, activityId), Json(activity, ProtocolJsonContext.Wire.Activity),
            ProtocolJsonContext.Default.ResourceResponse, cancellationToken);

    private static string ActivitiesPath(string conversationId, string? activityId) => activityId is null
        ? $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities"
        : $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}";

    private static ByteArrayContent Json<T>(T value, JsonTypeInfo<T> type)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, type));
        content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        return content;
    }

    // Teams returns the Entra object id of members as objectId; callers read AadObjectId.
    private static void FillAadObjectId(ChannelAccount member)
    {
        if (member.AadObjectId is null && member.Properties?.TryGetValue("objectId", out var objectId) == true
            && objectId.ValueKind == JsonValueKind.String)
        {
            member.AadObjectId = objectId.GetString();
        }
    }

    private async Task<T> SendAsync<T>(
        HttpMethod method, string serviceUrl, string path, HttpContent? content, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
        where T : class, new()
    {
        using var request = new HttpRequestMessage(method, BuildUri(serviceUrl, path)) { Content = content };
        using var response = await SendCheckedAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw await ConnectorErrorReader.ReadAsync(response, time, cancellationToken);
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return body.Length == 0 ? new T() : JsonSerializer.Deserialize(body, responseType) ?? new T();
    }

    private Uri BuildUri(string serviceUrl, string path)
    {
        if (string.IsNullOrEmpty(serviceUrl) || !trust.IsTrusted(serviceUrl))
        {
            throw new ConnectorException(0, ErrorCodes.UntrustedServiceUrl, "The serviceUrl is not trusted; nothing was sent.");
        }

        return new Uri(string.Concat(serviceUrl.AsSpan().TrimEnd('/'), "/", path), UriKind.Absolute);
    }

    private async Task<HttpResponseMessage> SendCheckedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                response.Headers.TryGetValues(CorrelationHeader, out var correlation);
                LogCallFailed(logger, request.Method, (int)response.StatusCode, correlation?.FirstOrDefault());
            }

            return response;
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogCallUnreachable(logger, ex, request.Method);
            if (ex is not HttpRequestException { } sent || !ConnectorResilience.NeverLeft(sent))
            {
                if (ConnectorResilience.PostsAMessage(request))
                {
                    throw new ConnectorException(0, ErrorCodes.OutcomeUnknown, "The message was sent but Teams did not answer in time; it may or may not have arrived.", ex);
                }
            }

            throw new ConnectorException(0, ErrorCodes.NetworkError, "The Bot Connector could not be reached.", ex)
            {
                IsTransient = true,
            };
        }
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning,
        Message = "Bot Connector {Method} failed with HTTP {StatusCode} (operation {CorrelationId})")]
    private static partial void LogCallFailed(ILogger logger, HttpMethod method, int statusCode, string? correlationId);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "Bot Connector {Method} could not be reached")]
    private static partial void LogCallUnreachable(ILogger logger, Exception exception, HttpMethod method);
}
