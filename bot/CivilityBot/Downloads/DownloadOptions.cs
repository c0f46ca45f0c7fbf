using System.ComponentModel.DataAnnotations;

namespace CivilityBot.Downloads;

/// <summary>Settings bound to section <c>Downloads</c>: where download links point and how long they work.</summary>
public sealed class DownloadOptions
{
    public const string Section = "Downloads";

    /// <summary>The address users' browsers reach the bot at; every download link starts with it.</summary>
    [Required]
    [Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:3978";

    /// <summary>How long a download link works.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(24);
}
