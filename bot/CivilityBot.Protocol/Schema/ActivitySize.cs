using System.Text;
using System.Text.Json;

namespace CivilityBot.Protocol.Schema;

/// <summary>
/// The size of an outgoing activity as Teams counts it: the JSON body in UTF-16 bytes; over the limit Teams answers 413
/// <c>MessageSizeTooBig</c> (Microsoft Learn, "Format your bot messages"). The current page gives 100 KB and recommends
/// staying under 80 KB; earlier revisions gave 40 KB, which some tenants and clouds may still enforce, so we hold every
/// message to the older, stricter 40 KB.
/// </summary>
public static class ActivitySize
{
    /// <summary>The limit we hold every message to: 40 KB (the older, stricter Teams figure).</summary>
    public const int TeamsLimitBytes = 40 * 1024;

    /// <summary>What our builders aim for, leaving room for the fields Teams adds (ids, timestamps, channel data).</summary>
    public const int BudgetBytes = 36 * 1024;

    /// <summary>UTF-16 bytes of <paramref name="activity"/> serialised as we send it.</summary>
    public static int Utf16Bytes(Activity activity) =>
        Encoding.Unicode.GetByteCount(JsonSerializer.Serialize(activity, ProtocolJsonContext.Wire.Activity));

    /// <summary>
    /// Whether <paramref name="activity"/> is within <see cref="TeamsLimitBytes"/>. A cheap upper bound decides the usual
    /// case without serialising (UTF-16 bytes are at most twice the UTF-8 bytes of the JSON parts, and the ids and
    /// addresses, each at most 512 characters at the door, fit in <see cref="EnvelopeAllowanceBytes"/>); only a message
    /// near the limit is measured exactly.
    /// </summary>
    public static bool FitsTeams(Activity activity) =>
        UpperBoundBytes(activity) <= TeamsLimitBytes || Utf16Bytes(activity) <= TeamsLimitBytes;

    /// <summary>Room for every field <see cref="UpperBoundBytes"/> does not count (ids, addresses, names, locale).</summary>
    public const int EnvelopeAllowanceBytes = 8 * 1024;

    private static long UpperBoundBytes(Activity activity)
    {
        long utf8 = Raw(activity.Value) + Raw(activity.ChannelData);
        foreach (var attachment in activity.Attachments ?? [])
        {
            utf8 += Raw(attachment.Content) + (attachment.ContentType?.Length ?? 0) + (attachment.Name?.Length ?? 0) + 64;
        }

        foreach (var entity in activity.Entities ?? [])
        {
            utf8 += Raw(entity);
        }

        foreach (var property in activity.Properties ?? [])
        {
            utf8 += Raw(property.Value) + property.Key.Length;
        }

        // A character of text is at most a six-character JSON escape (\u001f).
        var text = 6L * ((activity.Text?.Length ?? 0) + (activity.Summary?.Length ?? 0));
        return (2 * (utf8 + text)) + EnvelopeAllowanceBytes;
    }

    private static int Raw(JsonElement? element) =>
        element is { ValueKind: not JsonValueKind.Undefined } value ? System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(value).Length : 0;
}
