using System.ComponentModel.DataAnnotations;

namespace CivilityBot.Uploads;

/// <summary>Settings bound to section <c>Uploads</c>: upload links, the page, pending chat uploads and chat file downloads.</summary>
public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>How long an upload link works after the card or reply that carries it was built.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Most files in one page upload.</summary>
    [Range(1, 100)]
    public int MaxFilesPerUpload { get; set; } = 20;

    /// <summary>
    /// How long after 导入名单 or 上传佐证 16.1 a file sent in personal chat is taken for that purpose; a file sent later
    /// gets a reply saying what to do first.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan PendingLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Longest a chat file download may take (Teams' own file storage or the connector's inline image).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
