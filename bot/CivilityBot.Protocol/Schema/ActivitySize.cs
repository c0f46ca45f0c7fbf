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

    public static bool FitsTeams(Activity activity) => Utf16Bytes(activity) <= TeamsLimitBytes;
}
