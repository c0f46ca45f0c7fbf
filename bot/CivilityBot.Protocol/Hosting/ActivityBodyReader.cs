using System.Buffers;
using System.Text.Json;
using CivilityBot.Protocol.Schema;
using Microsoft.AspNetCore.Http;

namespace CivilityBot.Protocol.Hosting;

/// <summary>Reads the request body as one activity, straight from the pipe and without copying it.</summary>
internal static class ActivityBodyReader
{
    /// <summary>
    /// Longest id, service URL or type accepted (characters). Teams' own ids are a few hundred characters at most; a longer
    /// one cannot be stored as a key (LiteDB index keys are limited to 1,023 bytes), so it is refused at the door.
    /// </summary>
    public const int MaxIdLength = 512;

    /// <summary>The activity, or null with 413 (too large) or 400 (not one JSON object with a type, or an id over <see cref="MaxIdLength"/>).</summary>
    public static async ValueTask<(Activity? Activity, int FailureStatus)> ReadAsync(
        HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, StatusCodes.Status413PayloadTooLarge);
        }

        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (buffer.Length > maxBytes)
            {
                reader.AdvanceTo(buffer.End);
                return (null, StatusCodes.Status413PayloadTooLarge);
            }

            if (result.IsCompleted || result.IsCanceled)
            {
                var activity = Parse(buffer);
                reader.AdvanceTo(buffer.End);
                return activity is null ? (null, StatusCodes.Status400BadRequest) : (activity, 0);
            }

            // Keep everything buffered until the body is complete.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static Activity? Parse(ReadOnlySequence<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            var activity = JsonSerializer.Deserialize(ref reader, ProtocolJsonContext.Default.Activity);
            return reader.Read() || string.IsNullOrEmpty(activity?.Type) || HasOversizedId(activity) ? null : activity;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool HasOversizedId(Activity activity) =>
        new[]
        {
            activity.Type, activity.Id, activity.ReplyToId, activity.ChannelId, activity.ServiceUrl, activity.Name,
            activity.From?.Id, activity.From?.AadObjectId, activity.Recipient?.Id, activity.Conversation?.Id, activity.Conversation?.TenantId,
        }.Any(value => value is { Length: > MaxIdLength });
}
