namespace CivilityBot.Protocol;

/// <summary>
/// The one test of "a local developer's serviceUrl" used while authentication is off. <see cref="Uri.IsLoopback"/>
/// alone is not enough: it is also true for <c>file:///etc/passwd</c>, UNC paths, <c>ws:</c>, <c>gopher:</c> and
/// <c>net.pipe:</c> URLs.
/// </summary>
public static class LoopbackServiceUrl
{
    /// <summary>True only for an absolute <c>http</c> or <c>https</c> URL on a loopback host, with no user info.</summary>
    public static bool IsLoopbackHttp(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && IsLoopbackHttp(uri);

    /// <inheritdoc cref="IsLoopbackHttp(string?)"/>
    public static bool IsLoopbackHttp(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && !uri.IsUnc
            && !string.IsNullOrEmpty(uri.Host)
            && string.IsNullOrEmpty(uri.UserInfo)
            && uri.IsLoopback;
    }
}
