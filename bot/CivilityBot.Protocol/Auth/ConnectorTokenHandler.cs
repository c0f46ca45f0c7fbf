using System.Net.Http.Headers;
using CivilityBot.Protocol.Schema;
using Microsoft.Identity.Client;

namespace CivilityBot.Protocol.Auth;

/// <summary>
/// Attaches the bot's token to each connector request attempt, and refuses to send anything to a host the
/// <see cref="IServiceUrlTrust"/> does not trust, so the token never leaves for an unverified serviceUrl.
/// </summary>
internal sealed class ConnectorTokenHandler : DelegatingHandler
{
    private readonly IConnectorTokenProvider tokenProvider;
    private readonly IServiceUrlTrust trust;

    public ConnectorTokenHandler(IConnectorTokenProvider tokenProvider, IServiceUrlTrust trust)
    {
        this.tokenProvider = tokenProvider;
        this.trust = trust;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var target = request.RequestUri?.AbsoluteUri;
        if (target is null || !trust.IsTrusted(target))
        {
            throw new ConnectorException(0, ErrorCodes.UntrustedServiceUrl, "The serviceUrl is not trusted; nothing was sent.");
        }

        var token = await GetTokenAsync(cancellationToken);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }

    private async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await tokenProvider.GetTokenAsync(cancellationToken);
        }
        catch (MsalException ex)
        {
            var transient = ex is MsalServiceException { StatusCode: 429 or >= 500 } || ex.IsRetryable;
            throw new ConnectorException(0, ErrorCodes.TokenUnavailable, "Could not get the bot's connector token.", ex)
            {
                IsTransient = transient,
            };
        }
    }
}
