using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CivilityBot.Protocol;

/// <summary>
/// Trusts https hosts of the cloud's Teams service URLs and <see cref="BotOptions.AllowedServiceUrls"/>, and hosts seen on authenticated
/// activities; loopback http only while authentication is off. Trust is per host: the token is the same
/// for every path on it.
/// </summary>
public sealed class InMemoryServiceUrlTrust : IServiceUrlTrust
{
    private readonly ConcurrentDictionary<string, byte> trustedAuthorities = new(StringComparer.OrdinalIgnoreCase);

    // Exact serviceUrls already marked, so the per-request MarkVerified costs one lookup and no parsing.
    private readonly ConcurrentDictionary<string, byte> markedServiceUrls = new(StringComparer.Ordinal);
    private readonly bool authenticationDisabled;

    public InMemoryServiceUrlTrust(IOptions<BotOptions> options)
    {
        var value = options.Value;
        authenticationDisabled = value.IsAuthenticationDisabled;
        foreach (var url in value.ResolveEndpoints().TrustedServiceUrls)
        {
            MarkVerified(url);
        }
    }

    public bool IsTrusted(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
        {
            return false;
        }

        if (authenticationDisabled && LoopbackServiceUrl.IsLoopbackHttp(uri))
        {
            return true;
        }

        return uri.Scheme == Uri.UriSchemeHttps && trustedAuthorities.ContainsKey(uri.Authority);
    }

    public void MarkVerified(string serviceUrl)
    {
        if (string.IsNullOrEmpty(serviceUrl) || markedServiceUrls.ContainsKey(serviceUrl))
        {
            return;
        }

        if (Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
        {
            trustedAuthorities.TryAdd(uri.Authority, 0);
            markedServiceUrls.TryAdd(serviceUrl, 0);
        }
    }
}
