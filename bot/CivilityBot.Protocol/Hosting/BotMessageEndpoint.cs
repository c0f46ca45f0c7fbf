using System.Text.Json;
using CivilityBot.Protocol.Auth;
using CivilityBot.Protocol.Schema;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CivilityBot.Protocol.Hosting;

/// <summary>
/// The <c>/api/messages</c> endpoint, in the SDK's order (protocol doc §1): 405 for non-POST, 413 for an oversized
/// body, 400 for bad JSON or no type, 401 (empty) for any authentication failure, then one turn per activity id.
/// </summary>
internal sealed partial class BotMessageEndpoint
{
    private const string JsonContentType = "application/json; charset=utf-8";
    private readonly BotOptions options;
    private readonly ChannelTokenValidator validator;
    private readonly ActivityDeduplicator deduplicator;
    private readonly IActivityClaims claims;
    private readonly IActivityHandler handler;
    private readonly IServiceUrlTrust trust;
    private readonly TimeProvider time;
    private readonly Func<IConnectorClient> connectorFactory;
    private readonly CancellationToken stopping;
    private readonly HashSet<string>? allowedTenants;
    private readonly ILogger<BotMessageEndpoint> logger;

    public BotMessageEndpoint(
        IOptions<BotOptions> options,
        ChannelTokenValidator validator,
        ActivityDeduplicator deduplicator,
        IActivityHandler handler,
        IServiceUrlTrust trust,
        TimeProvider time,
        IServiceProvider services,
        ILogger<BotMessageEndpoint> logger)
    {
        this.options = options.Value;
        this.validator = validator;
        this.deduplicator = deduplicator;
        claims = services.GetService<IActivityClaims>() ?? new SingleInstanceActivityClaims();
        this.handler = handler;
        this.trust = trust;
        this.time = time;
        this.logger = logger;
        connectorFactory = services.GetRequiredService<IConnectorClient>;
        stopping = services.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        allowedTenants = this.options.AllowedTenants.Count == 0
            ? null
            : new HashSet<string>(this.options.AllowedTenants, StringComparer.OrdinalIgnoreCase);
    }

    public void ReportConfiguration()
    {
        if (options.AppTypeInferred)
        {
            LogAppTypeInferred(logger);
        }

        if (options.IsAuthenticationDisabled)
        {
            LogAuthenticationOff(logger);
            if (options.AllowUnauthenticated)
            {
                LogUnauthenticatedOptIn(logger);
            }
        }
    }

    public async Task HandleAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.Headers.Allow = HttpMethods.Post;
            Answer(context, StatusCodes.Status405MethodNotAllowed);
            return;
        }

        var (activity, failureStatus) = await ActivityBodyReader.ReadAsync(context.Request, options.MaxRequestBodyBytes, context.RequestAborted);
        if (activity is null)
        {
            Answer(context, failureStatus);
            return;
        }

        var (status, serviceUrlVerified) = await AdmitAsync(context, activity);
        if (status != StatusCodes.Status200OK)
        {
            Answer(context, status);
            return;
        }

        var outcome = await RunOnceAsync(activity, serviceUrlVerified).WaitAsync(context.RequestAborted);
        await WriteAsync(context.Response, outcome, context.RequestAborted);
    }

    private async ValueTask<(int Status, bool ServiceUrlVerified)> AdmitAsync(HttpContext context, Activity activity)
    {
        var auth = await validator.AuthenticateAsync(
            context.Request.Headers.Authorization, activity, context.Connection.RemoteIpAddress, context.RequestAborted);
        if (!auth.Succeeded)
        {
            return (StatusCodes.Status401Unauthorized, false);
        }

        if (allowedTenants is not null && (activity.GetTenantId() is not { } tenant || !allowedTenants.Contains(tenant)))
        {
            LogTenantRefused(logger, activity.GetTenantId());
            return (StatusCodes.Status403Forbidden, false);
        }

        // A callerId on the wire is never trusted (A2250); ours says who authenticated the request.
        activity.Properties?.Remove("callerId");
        activity.CallerId = auth.CallerId;
        if (auth.ServiceUrlVerified)
        {
            trust.MarkVerified(activity.ServiceUrl!);
        }

        return (StatusCodes.Status200OK, auth.ServiceUrlVerified);
    }

    private Task<TurnOutcome> RunOnceAsync(Activity activity, bool serviceUrlVerified)
    {
        if (!deduplicator.IsEnabled || string.IsNullOrEmpty(activity.Id)
            || !ActivityDeduplicator.TryKeyOf(activity.ChannelId, activity.Conversation?.Id, activity.Id, out var key))
        {
            return RunTurnAsync(activity, serviceUrlVerified);
        }

        return deduplicator.RunOnceAsync(
            key, (Endpoint: this, Activity: activity, Verified: serviceUrlVerified, Key: key),
            static state => state.Endpoint.RunClaimedTurnAsync(state.Key, state.Activity, state.Verified));
    }

    /// <summary>Runs the turn unless another instance claimed the activity first (then 200, empty: that instance answers it).</summary>
    private async Task<TurnOutcome> RunClaimedTurnAsync(UInt128 key, Activity activity, bool serviceUrlVerified)
    {
        var now = time.GetUtcNow();
        bool claimed;
        try
        {
            claimed = await claims.TryClaimAsync(key, now, now + options.DeduplicationWindow, stopping);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogClaimFailed(logger, ex, activity.Id);
            claimed = true; // better a rare second run than a lost message
        }

        if (!claimed)
        {
            LogClaimedElsewhere(logger, activity.Type, activity.Id);
            return TurnOutcome.Ok;
        }

        return await RunTurnAsync(activity, serviceUrlVerified);
    }

    private async Task<TurnOutcome> RunTurnAsync(Activity activity, bool serviceUrlVerified)
    {
        if (IsAdaptiveCardAction(activity) && AdaptiveCardActionValidator.Validate(activity) is { } invalid)
        {
            return TurnOutcome.Json(StatusCodes.Status400BadRequest, Serialize(invalid));
        }

        var turn = new TurnContext(activity, connectorFactory, serviceUrlVerified);
        var turnTask = RunHandlerAsync(turn);
        if (!await FinishesWithinBudgetAsync(activity, turnTask))
        {
            return TurnOutcome.Ok;
        }

        return await turnTask ? ToOutcome(turn) : TurnOutcome.Failed;
    }

    private async Task<bool> RunHandlerAsync(TurnContext turn)
    {
        try
        {
            await handler.OnTurnAsync(turn, stopping);
            return true;
        }
        catch (Exception ex)
        {
            LogTurnFailed(logger, ex, turn.Activity.Type, turn.Activity.Id);
            return false;
        }
    }

    // Invokes and expectReplies must carry the turn's result; anything else is acknowledged before the
    // channel's 15 s limit even if the handler forgot to move slow work to the background.
    private async Task<bool> FinishesWithinBudgetAsync(Activity activity, Task<bool> turnTask)
    {
        if (turnTask.IsCompleted || IsInvoke(activity) || ExpectsReplies(activity))
        {
            return true;
        }

        try
        {
            await turnTask.WaitAsync(options.AcknowledgeTimeout, time);
            return true;
        }
        catch (TimeoutException)
        {
            LogAcknowledgedEarly(logger, activity.Type, activity.Id, options.AcknowledgeTimeout);
            return false;
        }
    }

    private static TurnOutcome ToOutcome(TurnContext turn)
    {
        if (ExpectsReplies(turn.Activity))
        {
            var replies = new ExpectedReplies { Activities = turn.Buffered ?? [] };
            return TurnOutcome.Json(StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(replies, ProtocolJsonContext.Wire.ExpectedReplies));
        }

        if (!IsInvoke(turn.Activity))
        {
            return TurnOutcome.Ok;
        }

        // Universal Actions: HTTP 200 whenever we handled the invoke; the real outcome is the body's statusCode.
        return turn.InvokeResponse is { } response
            ? TurnOutcome.Json(StatusCodes.Status200OK, Serialize(response))
            : TurnOutcome.NotSupported;
    }

    private static byte[] Serialize(AdaptiveCardInvokeResponse response) =>
        JsonSerializer.SerializeToUtf8Bytes(response, ProtocolJsonContext.Wire.AdaptiveCardInvokeResponse);

    private static bool IsInvoke(Activity activity) => activity.Type == ActivityTypes.Invoke;

    private static bool IsAdaptiveCardAction(Activity activity) =>
        IsInvoke(activity) && activity.Name == InvokeNames.AdaptiveCardAction;

    private static bool ExpectsReplies(Activity activity) => activity.DeliveryMode == DeliveryModes.ExpectReplies;

    private static async Task WriteAsync(HttpResponse response, TurnOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.JsonBody is not { } body)
        {
            Answer(response.HttpContext, outcome.StatusCode);
            return;
        }

        response.StatusCode = outcome.StatusCode;
        response.ContentType = JsonContentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, cancellationToken);
    }

    // Answers with no body; status-code pages must not add one (401s in particular stay empty).
    private static void Answer(HttpContext context, int statusCode)
    {
        context.Response.StatusCode = statusCode;
        if (statusCode != StatusCodes.Status200OK && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning,
        Message = "Bot:MicrosoftAppId is empty: inbound authentication is OFF (only loopback callers are accepted). Never run like this in production.")]
    private static partial void LogAuthenticationOff(ILogger logger);

    [LoggerMessage(EventId = 1305, Level = LogLevel.Warning,
        Message = "Bot:AllowUnauthenticated=true: the bot runs WITHOUT authentication outside Development. Any process or proxy on this host can act as any Teams user. Remove this setting and set Bot:MicrosoftAppId for production.")]
    private static partial void LogUnauthenticatedOptIn(ILogger logger);

    [LoggerMessage(EventId = 1306, Level = LogLevel.Information,
        Message = "MicrosoftAppTenantId is set and MicrosoftAppType is not: the bot is taken to be SingleTenant (what new Azure bots are). Set MicrosoftAppType to say otherwise.")]
    private static partial void LogAppTypeInferred(ILogger logger);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Error, Message = "The bot failed handling a {ActivityType} activity {ActivityId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityType, string? activityId);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Warning,
        Message = "A {ActivityType} turn {ActivityId} ran longer than {Timeout}; acknowledged and left running")]
    private static partial void LogAcknowledgedEarly(ILogger logger, string? activityType, string? activityId, TimeSpan timeout);

    [LoggerMessage(EventId = 1310, Level = LogLevel.Warning, Message = "Could not check whether another instance took activity {ActivityId}; running it here")]
    private static partial void LogClaimFailed(ILogger logger, Exception exception, string? activityId);

    [LoggerMessage(EventId = 1311, Level = LogLevel.Information, Message = "A {ActivityType} activity {ActivityId} was taken on by another instance; answered empty")]
    private static partial void LogClaimedElsewhere(ILogger logger, string? activityType, string? activityId);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Warning, Message = "Refused an activity from tenant {TenantId}: not in Bot:AllowedTenants")]
    private static partial void LogTenantRefused(ILogger logger, string? tenantId);
}
