using CivilityBot.Protocol.Schema;

namespace CivilityBot.Uploads;

/// <summary>
/// A file in a Teams message: <see cref="Name"/> as Teams gives it, where to fetch it, and whether the fetch needs the
/// bot's token (an image pasted inline) or not (a file shared in personal chat, fetched from Teams' pre-authorised,
/// short-lived <c>downloadUrl</c> with a plain GET).
/// </summary>
public sealed record ChatFile(string? Name, string Url, bool NeedsBotToken)
{
    /// <summary>The attachment type of a file shared in personal chat (msteams-docs, "Send and receive files using bot", bots-filesv4).</summary>
    public const string DownloadInfoType = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>
    /// The files of <paramref name="activity"/>: <c>file.download.info</c> attachments (<c>content.downloadUrl</c>; the
    /// name is the attachment's <c>name</c>, else "文件.{content.fileType}") and inline images (<c>image/*</c> with a
    /// <c>contentUrl</c>, named "图片.{subtype}"). Other attachments (the text/html copy of every message, cards) are not files.
    /// </summary>
    public static IReadOnlyList<ChatFile> Of(Activity activity) =>
        [.. (activity.Attachments ?? []).Select(From).OfType<ChatFile>()];

    private static ChatFile? From(Attachment attachment)
    {
        if (string.Equals(attachment.ContentType, DownloadInfoType, StringComparison.OrdinalIgnoreCase))
        {
            var url = JsonFields.String(attachment.Content, "downloadUrl");
            var name = attachment.Name ?? (JsonFields.String(attachment.Content, "fileType") is { Length: > 0 } type ? "文件." + type : null);
            return url is { Length: > 0 } ? new ChatFile(name, url, NeedsBotToken: false) : new ChatFile(name, "", false);
        }

        if (attachment.ContentType is { } media && media.StartsWith("image/", StringComparison.OrdinalIgnoreCase) && attachment.ContentUrl is { Length: > 0 } contentUrl)
        {
            var subtype = media["image/".Length..].ToLowerInvariant() switch { "jpeg" => "jpg", var other => other };
            return new ChatFile(attachment.Name ?? "图片." + subtype, contentUrl, NeedsBotToken: true);
        }

        return null;
    }
}
