using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using CivilityBot.Protocol.Schema;

namespace CivilityBot.Protocol;

/// <summary>Turns a failed connector answer (<c>{"error":{"code","message"}}</c>) into a <see cref="ConnectorException"/>.</summary>
internal static partial class ConnectorErrorReader
{
    private const int MaxBodyChars = 4096;

    public static async Task<ConnectorException> ReadAsync(
        HttpResponseMessage response, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var error = TryParse(body);
        var status = (int)response.StatusCode;
        var message = error?.Message ?? $"Bot Connector answered HTTP {status}.";
        return new ConnectorException(status, error?.Code, message)
        {
            SubCode = FindSubCode(body),
            RetryAfter = ReadRetryAfter(response.Headers.RetryAfter, time),
            IsTransient = ConnectorResilience.IsTransientStatus(response.StatusCode),
        };
    }

    private static ErrorBody? TryParse(string body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, ProtocolJsonContext.Default.ErrorResponse)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Teams puts the sub code inside error.message as text ("subCode": "MessageWritesBlocked"), so it is
    // searched in the raw body, where the quotes may be escaped.
    private static string? FindSubCode(string body)
    {
        var match = SubCodePattern().Match(body.Length > MaxBodyChars ? body[..MaxBodyChars] : body);
        return match.Success ? match.Groups["code"].Value : null;
    }

    private static TimeSpan? ReadRetryAfter(RetryConditionHeaderValue? header, TimeProvider time) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > time.GetUtcNow() ? date - time.GetUtcNow() : TimeSpan.Zero,
        _ => null,
    };

    [GeneratedRegex("""subCode\\?"?\s*[:=]\s*\\?"?(?<code>[A-Za-z][A-Za-z0-9_]*)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex SubCodePattern();
}
