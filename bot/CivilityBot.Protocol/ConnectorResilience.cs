using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace CivilityBot.Protocol;

/// <summary>
/// Retry policy for Bot Connector calls (Teams rate-limit guidance): throttling (429), precondition (412) and
/// gateway errors (502/503/504) and network failures are retried with exponential backoff and jitter,
/// honouring Retry-After; client errors (400/401/403/404/413) never are. A Retry-After longer than
/// <see cref="MaxRetryAfter"/> is not waited out here: the caller gets a transient <see cref="ConnectorException"/>
/// with <see cref="ConnectorException.RetryAfter"/> and can reschedule instead of holding a turn open.
/// </summary>
internal static class ConnectorResilience
{
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<BotOptions>>().Value;
        var time = context.ServiceProvider.GetRequiredService<TimeProvider>();
        if (options.ConnectorMaxRetryAttempts > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.ConnectorMaxRetryAttempts,
                Delay = options.ConnectorRetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.GetRequestMessage(), time)),
            });
        }

        builder.AddTimeout(options.ConnectorAttemptTimeout);
    }

    public static bool IsTransientStatus(HttpStatusCode status) => status is HttpStatusCode.PreconditionFailed
        or HttpStatusCode.TooManyRequests
        or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable
        or HttpStatusCode.GatewayTimeout;

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request, TimeProvider time) => outcome.Exception switch
    {
        HttpRequestException exception when NeverLeft(exception) => true,
        HttpRequestException or TimeoutRejectedException => !PostsAMessage(request),
        null => outcome.Result is { } response && IsTransientStatus(response.StatusCode) && !WaitsTooLong(response, time),
        _ => false,
    };

    /// <summary>
    /// A POST to <c>…/activities</c> creates a message. When it timed out or was cut off after it left, Teams may have
    /// posted it, so sending it again could show the user two copies: such a send is never retried (at most once); the
    /// caller gets <see cref="Schema.ErrorCodes.OutcomeUnknown"/>. Updates (PUT) and conversation creation are idempotent.
    /// </summary>
    public static bool PostsAMessage(HttpRequestMessage? request) =>
        request is null || (request.Method == HttpMethod.Post && request.RequestUri?.AbsolutePath.Contains("/activities", StringComparison.Ordinal) == true);

    /// <summary>The request never reached the server (no connection, no name): safe to send again.</summary>
    public static bool NeverLeft(HttpRequestException exception) =>
        exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError;

    private static bool WaitsTooLong(HttpResponseMessage response, TimeProvider time) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta > MaxRetryAfter,
        { Date: { } date } => date - time.GetUtcNow() > MaxRetryAfter,
        _ => false,
    };
}
