namespace CivilityBot.Knowledge;

/// <summary>Settings bound to the "Campaign" section.</summary>
public sealed class CampaignOptions
{
    public const string Section = "Campaign";

    /// <summary>The campaign file; a relative path is resolved against the application's base directory.</summary>
    public string Path { get; set; } = "data/campaign.json";

    /// <summary>The bureau's offset from UTC, used to decide which local day it is (China has no daylight saving).</summary>
    public TimeSpan UtcOffset { get; set; } = TimeSpan.FromHours(8);

    public string ResolvedPath =>
        System.IO.Path.IsPathRooted(Path) ? Path : System.IO.Path.Combine(AppContext.BaseDirectory, Path);

    public DateOnly LocalToday(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(UtcOffset).DateTime);
}
